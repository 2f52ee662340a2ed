"""Mad Pod Racing bot "sebulba_actor" by Sebulba's Legacy: a DeepSets policy trained with PPO.

Weights: int8 in Base85. Features, roles and decoding: the training environment's own code.
"""
import math
import sys

WEIGHTS = '@Y@!-Rv^;V>46j#_521A0R02@0sMae+<P{6Lnwcs^AAtj{q?T|`~U9!0sa#LKMdG`8Sk_#Q0-Zi{qujRHtFXf1Lz<7{`P?*_et^j;qms}9Vq}f1q6SgK%4bR0ZD&E6tX_*V1FwC4KExD(-$5w7ioXdBM%Df|0zfO`cMex<{t_I4d&c|`x@g9A_WBi0fGGcAprqO0J_B?5AA;e-U{Sukb&0(7!&o`DF0UW=tcC~?-j)w1OEtt7aQ{-pCJne1OXWlLkQ}BGIkOd0{VXe_Ur!#+G)=O0007k4e$LG_Z15d^5_Eo2MGd!1K(5f+X?;v|AF}k3jzcS_R!lI01NFE^?~~RG&T-@Fy9R2_8#!(F8B(r0{1Kz`}_-m2L}M|rYIme(6aXJfgd#I;m+&%><=9R@^Bmpf0{e$`~w7m3I8<+3sWLF{OHL4=7AaI_7dbLy@ArvxmDu&mmFOCnt#{X;?5li+sFC-tZr2{kwMXcpOPULLd15#BOV3{%L&ba`~xm#Q3odQ?;&0+fjrVx2*N2O)&>RnC{zq<7Q*!yiy#}#$_mW@<AD<ND*!Y`-T@)`uLm!=^D|RZ{{K|W?NK*U3kCyW&J^gC{D08u1R%i;1=i)$5it#cBp3i#^~Sd*01^cu`^DzUGz>+H2YBRx2l52-83pna-~jR{|JA$O*aPn-N)-hEC=2KUI@b3Bju^BY-5>*92NMu~1?d(4-a0?=69xnnPb?|l!K)$p71q%j-RUsl_!pZJ6gHswnF@iT0cIxD{tIFu{(lg{|F{_I1NRIA77q|F1^wLb+q>%tHtYcY=`IB95rO>1?gats;r!E@`{d{z8D%SfEZ+I_;>9un-~lk;jJpag@c74p-ar0y=LPVg1!w~>X4)L)6JrQc9P|e=1%Lg40lrrr5edpB)#w8$4-LQy@8Bu0MJWRM?GeuL%aQ>s3<wYQ>LU*S3IyuQ^MSM?A^GH@r*Ia`E;{bz_0<S1`uPV53Hk`Z3GEHw=}jzM2<_1&?|}#h4eSyS2-5V{{SNs80vYOm`1<ks+3gX^0`dj@>;4r34f*^C0HhgC#rftC_$cCkB>C+}?Q|7V9rp+c1hN|b7X~9n<bM~L7R4?N=pri*+zt=<1`vz!-5dJpECc7|*$4*;FMkY@{^kub6c;Y(&hj5E`v%NS2g<%6I_dlK`0VM@`^UrrD8zy1>e#>98|U#O@4V;c$Rp6+{SV~a=jl*p0;$5M^h6i~(A9yf{w5*K3jW#i1<mdg)GhhmECKoH1?1+i0iWwVKYhEq;wrxK?I#QC8S>;K5hm>E7h3n|1O>grFE+%16U`d^3@X*wmF^7#F$t6lA_W524)_-^+x!pM200k;%n5<W6b2O?Dp&~d>-rz}+y)8@5ET6X9wPwbAo@8H>E-<c0rTF0_4er|1E%frfebLf)&cz-;=m6c>;~I4=iA=eAqV5@+7z^S8!Xuz5rV-koAf5}6&peS>*G2&5+nD^62`+O*5ow-CN7+R3_#TNuB>c6Ea%J->P-v~93k-(06^@;6D$`q?G3pPJM}7m3Lgdm57vPNq!v!xF(m!=5fb{8<JQA74*u}4><<C}&iAKz&|5UpSdtP&h&nj>?fdQvB;xw`CISsU1_|$k=;i^@^8~$r*&YY;t0EN{6$0YpBMk}V{T4mp-x38l3z(!G1+RbW?gi?+5cmWqz4-wC@B{t_MgapF4*`Gl4Ff3v@lyu@06bMs=+fy22M7Td`oz{48$bc@0P#2wDf}S;&qEjiJ>SdI^~ogqL1`U-B_~_&su2P5fBG;O3=1Xa+65LL3mx<s1nK(t?)3!e6gPG%2<-RELl*MVq8835003G9836kQ*GAO;Ssd|nJOAn_EkMG71_KZrSOmB6n8yk8E>-9575<#>4g77?_T@%R63E%O8#93@uK>qd(^T>CJKowA6vrMGAJ-J~{4NLX6bA|(-Q@%M77|;53bE(*Hh&ExJ^$?wG93pHD>c#w{om*g7+xR*3IU7_5Z5=<0_P$osX__mIP(7n$Mop-4FnVs3Pbe*5ETXT%LNYtK=5pV4(<R8>M#KT`~3y{O!@%;{|No{1p5aF|9|iQ{vw|g^Y-)y0{!<3{YvrCPwYq#yA<!-?%)6A9gZa(u+quU4bb)-yBS=8@-hkQjL{b|e*-Wg@jl+{1o<Kn|2rQ8G~5Bh@B-}Y4j5bp)DPbdNxg;(ySZ2WN!foA%p`Z%(k=brEwbBa+tk4hK{J$G01o=oP&v^2vA7@w@(2R_1PuHF`@JF#(%|{{68s+!1NO9m{}0(UF;NBxf(NwcxFf~#8_)6k_O0dW{zKad*bLeFyz+v9#PRJx608y$mLLG!A<p#a{rKoA-P7;z=N#<*`S$hJ@aTb7`wsaPvUC0fXBg59D-`wc^VsC^`~V95??})8^F4w52>wO7`y&6sxqm+c4+$RV>l<DV`|1_(1ycF}DhkN|?Aa6>00rZS`{NMh3a|AM!Y2eH;u<Lh_3Hl(_5&0oHUZlE=Jx#{MjPvY9P2Rb^MN7<GPMW_3FHk884dr~%@7s-AQ}TK0UQ1k8~G=9<22k+VE(`ftn&Ni75!Th76BC@`8@Ra9|PPj;spU17aW1P*wy0#;So9X`1R-jClA#dF8C1z2Ic+u>iGiY0~YJ~%=J2f(E#%IGaw%nfy*1v@g4i|^c)E170c5Vyx{`i0QCU$`W>C<$^Pyrf~Gd!B>Zx9e;Wtw3$6_&ImD$3C2mraHt#M~vhRK|Amjwmf!+oE5eW+f{{{LD_ycdh@$=^k>h+Zo+Y0yt5&j$w==}une<_y|+Xy}OH83|3+(XnX7EJj1Zx!cv*#M~SJ{^T1uI>IOAQdG5Bo6lUCIIsR0R9LV@eTnh<bPE55ELv!^W*I2{|N*1z}NIS5gJ58K_n3r&It<#B1=OT=NKTo?%nU^fz%rHKzJ(E>Ucc_JqXtC1q%TY2pxeW?iENT`upPr(;J!Y?+r=75e4t?H#;NdfdwtgBKZp(?bZnSAjc64>J}CP8WZgC`R9<+^9lqg3)Kw$@&*0g1RC`Z0pREe_Wk_}@&gyy3JK2>)8_+!=>qa0QS|@|l-1eU0Tn0<8s+;9_37LL=nU}d@BR$f=j?$`tn=Fx6eH^g5&!D<2n7)t{sey+^c5ZVC?NF#=q@o02@}kw2L1^H8n_G!@!JOe>hv=S0tpHZ6CU{IEF}&T@eBX&ApY%t`{Ee&$iycZfAMAb%mFVb5!s+%`5dv@GwdA>NFChZQW!Z(@&w(J$ow4rQXKUP1p?Lv2@u{U2H6H6`7H711_J{9)#ZQgCHNK2`4`Rl1hE+W{qZCVBMd9w@&yF}?fT~~@cJ18KPSh5*d65(AnAV)_20DEWFHmyItD-p838NO@t6J;^x17Qz@YyN2JPb07P<T~XW&~#{pKnK1OWjB4IUcgBoz%%4iNa_5#>XF0WbyjKjyjgw&0yP^d@5X;s+e=zYquOM$ywm-tg7;90h^v1tHru(t$T6(Y<T8=GEr$>I5JU8nFKcuH-EK3H(0?=kMTo$6lNPNE*!dp9J^-;MPJ6+Z7=#@>1;s4H_a3_xnW}G4r8;%|A66?cFKrFbwns>m)l6=n(7t3{eZiG92sa#~0@GF(H2|5GN}C%_7?de>Mb4A{np-F!Tc~3)$-h*z!2$3LEPX*Wgy%H~uW>#RU|`Wb@DL^$qLS1PIt;8Y2?cUb#bmGw1o1IQMIdKML@`%={-4rNZvr;u-1S8xIM|#(|RI(e~!n9t_^?!{p?^#{<?Y?X@l*ZR-6gyZ^}e?%@9272x|Q6*DV(1nS}TCI&5k4_^7sB{(DBhbu%976l9V;|}NO9VY4??Bw_I2NE0Tq~d|S-v!$yG``Ca{oU#U7yu0H4GZ7~CnVU&C-e*z;s@(1MlQ2|{144Mxiaz3e-$kq^yC>9C=v({-2@cr3JL%i>F)R8C@M&?03RgefAtpX*dF3GEOItd9V!780TA5pO$kN-IOx?072U2H2**MZ&@=E3d==;)1^Zwq<JJ5g79;!sI0zCO>G1<4`r$``GX@j$_w)7zItKs_BLMjh0S|u#73eV-{LU2c@*a9W=Gq_O`1=YAq~$L5X9yYp8xY0<6cW`SCB)wq`yCqN{`TVz(F9?C@F_0>r382V8Nauy^Cb5T@$X*gK_wu(Kp7SQ0v7*YzQMIW6S>{~^ndhE`nd4cE(sAB<GE`a_aqYol5F-3;rb}2;{((%EE)#*1V*<nAjqy+?Gx>eqP|8M;xof185%j#Zrp(xWX8b{FEsBD35_D${wXT<*tDq#1ttmO`PdTn59#W#<Nq-{+9VNw9yqbC?chl=BvhJ?`zX3XDE7YU=J_p*Q6AaNNyFXvYBa>^0KwnJJ{>q4E-K0r@hDy<P!;5y^uyaduI4Tx_7Ml_CkRk&Qy-k!9;q4}!v&i%nh|@P_6^p<!`boM4u7u;(arGJ6Dma80i)9~_gp&$<26V`D&yX-w)`j)sj^ff75)MeGLr6eQw=9iCzMMTFy)~k5*-jC);L7a#m^ebfi~kt+P3=h+)c;HDd@_i4Ke`xB_9O^>IN~x|IPa!1P>7n@X7yS3LD-6?Ee$}d%V~k^}hpu4OQtU+qyg(4)PfkE|9KO9Q^$3>(<-j3mXCBMVNu<$gTzK0XF2_TpdFIEAzeUB9}D>vIEgK)WkNy2OVeLkG%@h-#8}M>jdZd2`m}w7{<jW=4uY}H52y?@*N24F%eV!G6W~UxWVO>yyV8^$n(h1FdwT5%Mb-B3D3FEAo%?S4qVC?83Td9694fA@b(`cJ0@ui;MorD)9={+{{p@RCpQD*?F#A$1VSaW@$Db~6Yt~Yr6x-W&?xVL0<$IaM=ZwU2N>hr`C{O#5$FjoDl!)*68Z=C`4lJ8A{6hX8u%Rp{vQN^+vy|!*bXDq8qyKs01NN~`28Bm;q(vX=?@Ok|11Lt=Mm=e0uB8H_4VlZ<o6H|?Em!t0|XWK{U;IP?gIi95fJm)=<+(+3hWFI!!m#Un>+=<1=9%k4=nW(`1#-Q|2+@1@AC!y1soL<{p=bB;r}VrApg4373vHB`$G?b{NxJ_`5gq?0_qCj?gGRO`r;S*;@l<x=o|0d)F~SW=LP`-*8uJV?G5hL*cAKaIs66068V-g^$f@6Mo3(Ee=`OG7qmug2E?l!1JBy@3HjXXu*LbWPAomMuBImh*%<s51{1_X)ZY8o^zaz)r4~pS6jkrIMEDF8*_xk&pfG6d<#M&1T}ENSGf~qe?9(PPdN3hW9qPIbN9<Z6-^!l8B`tr3Pnz2IOwF;|fgcwu4^nps=^gy}%cty}lKIoU&=}sKE)O04%L+jCA=2gDFBI+yBN*))OaIcr>=pqfF2_za_$3!f_r|fS(fa~i81&ryCLhP$`sCjI7HkOEf$lr7{|nCe#TYow?hD?)Bdg0F5I)-gbI2ItIxZ0BMCAil`W#V315+S>8~5?N=H3774Z3nj@dxA-8pb3!RS^OX?%^j9JjvAc5da|q$w5Kaw$ncMtwHoGqTUGdwM)Lc@C2{5ZteHP<xAEYIvFng{viP3fyM_a;T7hm)eJ81H%;cj((nqZ@w~aLF4^WJ3QPU<=OxqI8721*^nzYACNKv9_Wu0^3-In9+3i(-<rnzm6wd)k3l8Q50r3?R^(gf$2l`+62L13Z6ZP5q5dH8R0OaKL1qurJ8TIDwAp0;U<t7=i{^h7N-Sr1_L?6Y?G4p>~F8-FE;}suMyXeLc*6w%JL>=7<o!;H%8%yL0)T0LZJtA=~4*st_?;jUD<u@)0Y^%@74xAj|vm-M1H4%UCJ^aZNGr>n!oCEwu=hY26?b{sb%E%Ry@mxUz^5@$e^#ckQ7Yq3{=Or5B2q6m!NW|6v>Z~XC&JPN-95ZktDfz_P=Hx<ArXr{=#=kj)4D2b!>(~_0)_>#b*4fJ)4EbR)0Q1jM=0g_=8$f?lUEA)r4b$}x+sQZ&A20M46ypF$Xz42t(X%5OH74Rx4;C*%mn$}{_0UGQ(<t{so%|u@pjyD^1p4#C$0<EX1oqs;3E>dB=I(pb6(u9jL%Pi#TMQk4y~Y|wH}J3o3iCNSx(z4w#^x0Hyde=h7f18hsBps;^&brC6(aulA^i#g`x(3T4)O2?>k<yU;`<i|5DDrN`tlS8G3kNuZ_V^P`Wp8i5!xgO@d*(N{>1b%5eDn>>(>0`0JbI1;1J*_4Es8M3`^C*v+){18bSB({MqUfE8^4K<@{afD@5#`2F=Y3JwU(xN2%=8HC8b8G~E3$`~Gr&I^^B&u_IPn6Gc_$HMj2)hUtcx(-L3P7JtBmPEaz~^bYtOln)mAQUV=S5W0Z{E%zA$C>z9r7v*fEARqEP1@{OY=m8P#A_&}p8tMBC?-=je`|BeL^z`@W_}3cw>;?1_(h2a{?dvJ?=MoL*@+Axr;T-q>00sp5=mgc{`2XpIfgjx`>NFl;7&*qM>Do~P;t~b26%`9u2=Jl~16~r-c|7E+D-PufF)hUq^piN2W<ojE05QZA*Ay#J<o)C>AlUoi3g7y&@3lEu>kQQK_Rce42=@%J<NQzv_6+VJf!-=1*C<~1)6_-y1V-jg%>U~W<K-Xb7W%ck0V1>M!0(+d$Eqt--5m7D=M(fg<0#$fCDj0D*+%Xo4m0=<E-UF#Hh;A?1nLey2+$tzT0J}I=RWlK{n{%!x-mFOH|n(T_66A82d_mN6d65dNA3h4Db_7}@z5(q6$Q!;@fSrj>EB7W^56R5(-hrL{NNberb4YV@g9N8>+AIW`}O_@0|8Ng?hEzf{oM*X6BF|A`tk1s^Z^G44*ggH7YyhI1O4dw_XYeK3<2-y1PKc72KD^{9S=|r2i^_z#ufN92l{F`5-<Q5>c$Cy`yuiL-rwrv^bXMv+(tYh$z9>s7s2x=0W#oC3&`@#Az}y9G5QH7_8d+`{mTti=n@?AFa95e0tgau7%9ZP#pi!G`8+1D9_2IQWLC&0sNO9@2lPNn(5M&jJ{|-qyX}zZ(fBpA4zR)E;S_%vGWQCtx(L10CCE%H0Y4>YObE*aGUzg4<Ej_+H`MRG9Pu&yn(keP>eJigj~du4<kl0@svNW&?%$2Y1+??O{Os@m*X_AL_Y>9Y<?>tHB15yQ{`BQu8TaSU$1oG(Cmko%e+vW(98UoC^q12i3^`%bKLXzyJ{2?m7tXfF%qcKD3K!%d8YrQ|&jlM6`hOtF-Y4|A95>tG+y@@WDi-n9DkHHNOg8}kG{qR+0vG!CM8+;2;~-f@8WQXZ81n`C0O=C-`p*Fg02cH94#)m94I$Se^$jHqP3-mk5!C!uAv^CP{M922_~Q!;3xVHL|N8sv_4CRHPY3+q+Z+8u(k(eNG}7*^sM@3|&bimo)M&T2U~(J*4chucX7TR{IWhDy?gQ{6K!4HT=%ybW>j6N_FSl#U<vlCC1E8%L@2n3X1}xX&FEfAXXCUnI45Kb8$^NcFl-5G72-{5JtIG+z_-r2W=HA@{G%X_i`s~d@&~hvq6|0snpG9&lC3N!<86O4ovC)?Nwi+r%{c*9lRP0UmK@{+K+3>eIacTNu71f^9PY4_F0nEYu4IET~8J_^)>kOzx<yiym;{HfS`pNqo_z%h9t=jkXD)_2_1|uci9LXdpZu8OoOD?b>(h9vGEn({KUI-@jI4d@;P3cbV7pS6)suDjT03WmcA3mbd!pY<%=3f1;lm!>d{Y`<=zaLcb_vX!=AD++pOE2^)Xuk*CUn1q_HOnXu@fJ)^A`jZn!5j`rEm<w&9Tx-yy$+6=fdlvH?m5rbIY9>T@az=;{uHt-Rs;|fA~y0T_%z1-2=nsb2?jX#ISVcojMGI>c-1aNoWS7Ys4GQ2DmDTz4KvmJ8|K=7-QzbLH|Njr;V=Yb9JdF#<d_7p{+|@sDCYCi6;iSJ4EU?D=}8ndMCJ9q-QuXA3e#XO4jv3N;|umvH6R^SE!=4%ROyB(6Yx1c%@{H9wy!YZi!1UH($WM5!wT-?0{elc3L;8HY|A9Y{q(`x?wmtc3<<I>R;pcjAMW|O_6JZ0S&PSS*s(P|9Ux>|>%nfP9Dln@mEYFfz3<%sI3TBjD&Q~4MiDLg_$tibC?N1L+xT0r#V`IO80Gy8=jRXG*Wt~|$i(-7<>ng=tvl@33rQGEA@t8d57rG1!{*M?`$t?SCh!NS{_hGJ@|zNL7ZeZl+q4EV9y^#5=H4AtC&H3QS=;0w+)Eh-u9QCdlua2dkbxv3<sR#|3f`u<0N(^T`~NK#H#6|^_0j4P;_uE7+|(~9>>k?SNBBanQ~d)xvGT7SLPi2E^`AZ+5(Xgl@(qFY3NAF(`M}Kufgvv)P1^;y>e|245zQ+;7a$XDFzXim3gjUzvgt7+4)x~;`aBm)=-Myl{NeP%w+s~j3kvw><xuSmz5Ctpq0d1RR?N)Wwfo}!;rSESb?__CDj_E|HTVo$!tnGpBQEp!>n{LN#q|f72|^GGxZDb|?*|Pd-hadO)E58r6#v!5iXN!+IOHWU2m2%B4Cf;+_8%|85X~6x2G9jLwLLZ{(oN#W<n92S4=LeI`w<7t8GRvv(*x-g?;#{RKsM|Y`S;U02@7o;=<;mf0nF>ff$*u#?Kqv*AxQlE`7=x}1`+8CJuML*+B~cs4mhd*DC9~k(boX-I08^5=?M1TEyauo)2To2{Ql_BULIi(e;~{n0^Vr?kL8&#o8@B3PwhjsugUqZ?LrI#!2q}60bfM<``)ZA+dv-Mfy7qqM!zZF?E#TAZx7wpRV%zqHw_Ez79vD99J7!^BIGsYwGa#DCbbpLJ}w6Q!_`(mAX@g(0StyLj2a0L@A?V+`WW8a2m)Du>l5C`^VH*3N+Z_i1oQ#^{_p$V*9Uj>^&;E-1n%G7A1uQQ3i{IO7EvIdA;b6(1rJXV%NAw}W&y_V`ST3R5%fYF0v1d6EZNy55#0GX#mg5l8}r;B6C5fg=Gj2P+9kdI!v6n5CkfLDq-B9p?>+0_*~|kN_%BNq3seN!=>iBUv-N?h)fy?<-A=&7DGf5mB{0-I$K3liD<cmq`Nt6Y1@I6d^~#<05Ai+78`TBx7T@Fo?0HoCAb-R-81VNIr2dl{%KSAf1Z$wWP6adSEEVEI-S5#ANeLKC0N3gzBojFJ_P_D$B|bdM7sBcZ>eLxsQ7w4?2rl1|EA2W|+xfc1wgfIB^fLbgD&0`uKm4#vu+k5IRx?F1&y-mK5F%qj&d{IyyF4h&5Tl+F<U3GKD;NIpz~2eK`OHaP7y9ep1>W)&6DRdX+09%!Md{=Sw(l4($|_&cvD`uG&Nbyp(DUmLzX2Y;G#`Pt009`**y<Y`y6rXDFBanA_yB$95=^gwzVQ?n8Yh}GuK_%}Lqrb&8PzD`DJrxC43G=_TNG0vD&fa2%2+Zq`0IZz;_xXH64DsvSltpL>P$LC5GLIF_FMq6!i2BpQ2(I;7Bb{dA>Iic|8T`3OWxP%2fQjEBu5F|-Mp?U0sjTx2L%cJ3GWN{1o!pmB=$Aa7vT#7_5S?&fyMOo6$JR&@&W4g@BJ3?_WT1d6%7*w`vUt3{vr3?0`=Lwy$kl}wd}`CAKn_>wnsEcwLdWKwZg^F;YU)~62$_UF=ZW|8$jG-&p%K-e<Yvc^}-*)$>wdyvMR?%JQue3Fwap+Kle<j2)ZH2Yof8&GqW@#K|nB1-y5p(>I>~`M541lCdKmjIm0HxvVSQ>4+gPbF$ld-Og%=dzrZ9W^Fk8G6FTqq%`B)xAqe-)D(%D43(^$pf9w7Zo4}{(=G61=!3Z}I+bu!a_wE@eG&v{+^TpcX@zv%D7!J+90RQg;051do04nnM`TPO?{sQ#|1^EB{H2VA!77920_y_+0`vCs{00H;^0R8~=gaQ5f{(lAg{r&##0sjI6'
SHAPES = [(32, 13), (16, 32), (64, 36), (64, 64), (6, 64)]
SCALES = [[0.00561810797,0.00709853601,0.0041469275,0.0114405546,0.0041044876,0.00757791474,0.00771876704,0.00259843539,0.00640706951,0.00633259909,0.00927324779,0.0122739384,0.00465998286,0.00602465868,0.00630357955,0.00457904674,0.00676376373,0.00993177854,0.0105412398,0.0118614333,0.00855448749,0.00418228423,0.00760013843,0.0046008518,0.00640288927,0.00636853371,0.00502363313,0.00281187845,0.00485821767,0.00262683234,0.00608316204,0.00507324887],[0.0110207805,0.00519050611,0.00498296181,0.0112660946,0.00515154842,0.00480506849,0.00916158408,0.0103593748,0.00532697234,0.00722783152,0.00573205762,0.0128166853,0.0182283353,0.010040855,0.00912155118,0.00635926053],[0.00480773719,0.0054262518,0.00498481607,0.00699870242,0.00713843852,0.007081741,0.00521450909,0.00452020904,0.00489262398,0.00525503932,0.0066418373,0.011233177,0.00655013649,0.00745699881,0.00614629919,0.00483158743,0.00808825344,0.0060194633,0.00666663609,0.0269122515,0.00480860425,0.00584769016,0.00427395059,0.00737896236,0.00490348088,0.00636328943,0.00665547885,0.00571246166,0.00732435612,0.00724666659,0.00689836917,0.00818125345,0.00767204259,0.00331200822,0.00702306861,0.00462407479,0.00906163361,0.00520836236,0.00482338807,0.00710860686,0.0100108646,0.00714165252,0.00933963899,0.00828441791,0.00440714555,0.00908659678,0.00600922294,0.00476754876,0.00718982657,0.00568653317,0.00465573417,0.005747688,0.00606716238,0.00787956733,0.00460770447,0.00684745284,0.00538072223,0.00595708424,0.00571037736,0.00696839625,0.00586569263,0.00689569209,0.0105805239,0.00695897732],[0.00522716902,0.006729641,0.00802602898,0.00715424959,0.00740216766,0.0095649343,0.00859249104,0.00625704322,0.0109003214,0.0140923019,0.0132267307,0.0130977053,0.00645191362,0.00553715415,0.00656778971,0.00915008411,0.00820622034,0.00519516971,0.0171915144,0.00702604372,0.00759256911,0.00677035283,0.00652385503,0.00598909985,0.0141446888,0.00889502466,0.00562240183,0.0179412048,0.00724461442,0.00954772066,0.00792602357,0.0085135838,0.0212518107,0.0103227347,0.00749308104,0.00631076423,0.0072357296,0.00841121655,0.0134924306,0.00582506834,0.00766387209,0.00591427088,0.0057171341,0.00732354447,0.00666350359,0.00445454428,0.00806179456,0.00528673409,0.00950108562,0.00674480991,0.00810084026,0.00768238772,0.00667698681,0.00883488357,0.00674248626,0.00735521875,0.0056254901,0.0110268034,0.00746765686,0.00840588473,0.00763633614,0.00725282356,0.00794556923,0.00690593338],[0.0136560621,0.0101832934,0.00940430071,0.00926244725,0.0108453361,0.0162505358]]
BIASES = [[-0.100452386,-0.599174976,-0.0879802182,0.431963414,0.0413823053,0.0442578271,-0.0176183041,-0.0728989542,0.179115623,-0.102687731,0.0197436716,-0.599070191,0.197846204,-0.047405567,-0.0174257923,-0.174668133,0.0183116589,0.0884976983,0.198288605,0.219903037,0.148391068,0.100803807,-0.25264585,0.166694611,-0.136023223,-0.314409345,-0.232653424,0.0190724302,0.127210975,0.0133093707,-0.00221859128,0.0973221883],[0.0378351063,-0.0893840715,0.0762695894,-0.138376161,0.0479074195,-0.0353795253,-0.0622003637,0.00615988486,-0.0666639656,-0.0905795768,-0.138866216,0.00966256578,0.00797237176,0.0151348943,-0.0983728021,-0.126241922],[-0.147119999,-0.0299625266,0.0904991552,0.144496009,0.198638365,-0.0571250506,0.142595768,0.0119856372,-0.0224860962,-0.0145408725,-0.0949985683,0.174972534,0.192951664,-0.0539628863,0.165024951,0.190510929,0.116615877,0.0750722438,-0.0213716887,0.54538089,-0.0931550935,-9.6931486e-05,0.151799217,0.0453354232,-0.0609422736,-0.00895151123,-0.0503378063,-0.10981597,0.0541992188,0.0170661602,0.184118181,-0.0880847648,-0.0331618115,-0.121688001,-0.0813104957,0.193631515,-0.0806730166,0.0290233698,0.00667667296,-0.0103193987,0.0369482785,-0.0707619339,0.190381348,0.147086591,-0.145715088,-0.0236180443,0.154089659,0.0190827958,0.0624220259,0.0762512907,-0.0950466767,0.151889756,-0.102515779,-0.0875553936,-0.0718004107,-0.0609864183,-0.0608217679,0.0438910052,0.122287624,-0.134580299,0.228478879,0.0506594889,0.151514471,-0.0863065794],[-0.107302003,-0.142957345,-0.042672392,0.0246443022,-0.0241514929,-0.101840764,0.0917494521,-0.0438582338,0.148238197,0.0192531478,0.215617061,-0.0444799885,-0.0817082897,0.0552547053,-0.116442516,0.0297056027,-0.0408292972,-0.0514190868,0.243249625,-0.0988503397,0.00692826184,0.0392516702,-0.110461496,-0.118957497,-0.344551742,-0.257223129,0.206445992,0.0520681404,-0.285757959,-0.0299099516,-0.0905910805,0.0491980724,0.27407819,0.0867046043,0.150095329,0.095116742,-0.0303915348,-0.00946643203,-0.151365995,-0.0483279563,0.0323050506,-0.100084424,-0.121188186,0.0726117343,-0.000584069523,0.214730144,-0.00199247291,-0.0384687297,0.102646276,-0.0318188146,-0.205949277,0.0528037064,-0.0904994011,-0.301124603,-0.0261407085,0.109728999,-0.059599407,-0.103883579,-0.0933345333,0.137527779,-0.236010924,0.0963953584,0.0216402858,-0.032679975],[0.103451878,0.000585560047,0.0987015814,-0.0397759415,-0.304076791,-1.76996505]]


SELF_DIM = 14
ENTITY_DIM = 13
CHECKPOINT_DIM = 6
MAX_ENTITIES = 3
ACTION_DIM = 4
POSITION_SCALE = 10000.0
VELOCITY_SCALE = 1000.0
TARGET_DISTANCE = 500.0
"""Targets lie this far ahead: integer targets then fix the heading to 0.12 degrees (the printed angle
hides 0.5), and a tiny change of the policy's output moves the target by less than a unit."""
MAX_TURN_DEG = 18.0
ACTION_STRETCH = 1.25
"""Policy outputs are stretched about their centre by this factor, then clipped to the controls' range:
the thrust fraction 0.5 + 1.25 (u - 0.5) and the turn 1.25 v. A bounded distribution's mean never reaches
its bounds, so without the stretch a deterministic policy could not command full thrust (a Beta mean of
0.995 needs a / b ~ 200) or a full 18-degree turn; with it, means past 0.9 give thrust 100 and offsets
past 0.8 give the full turn, and such saturated commands survive int8 quantisation exactly."""
LEADER_FEATURE = 8
"""Index of `is_leader` (1 for the team's runner, 0 for its blocker) in the self features."""
BOOST_HAZARD = math.log(2.0)
"""BOOST fires once the pod's accumulated boost hazard, the sum over its turns of -log(1 - p) for the
policy's boost output p, reaches log 2: when a pod sampling its boost each turn would have boosted by now
with probability one half (the median boost turn). A sampled output (0 or 1) adds 0 or an infinite hazard,
so training plays exactly as "boost when the sample says so"; the deterministic output is p itself. A plain
p > 0.5 threshold made evaluation and training play different games: a policy sampling p = 0.3 each turn
boosts within a few turns in training, and would never boost at all deterministically."""
MAP_WIDTH = 16000
MAP_HEIGHT = 9000
OUT_OF_PLAY_MARGIN = 3000.0
"""A pod further than this beyond the map's edge is out of play and the policy does not see it. Trained
pods do not race that far out (checkpoints lie inside the map; random play early in training may drift
there); the arena's runner benchmark parks its three idle pods there. Seen as entities, parked pods are
inputs the policy never met in training (its solo races have no other pod): with them visible, the
previously shipped model's runner benchmark depended on where they were parked (204.6 turns at 1,000
units outside, 210.4 at 5,000, 253.3 at 20,000; `bench/solo_parking.py`)."""
BOOST_INFERENCE_ACCELERATION = 300.0
"""An acceleration above any engine thrust (100) with nobody near can only be a BOOST."""
BOOST_INFERENCE_CLEARANCE = 2000.0
"""No other pod this close at the start and end of the turn: the acceleration was not a collision."""


def protocol_angle(angle_deg):
    """What the referee prints: round(angle mod 360), 0..360; -1 before the first turn (angle None)."""
    if angle_deg is None:
        return -1
    return math.floor(angle_deg % 360.0 + 0.5)


def heading_deg(x, y, angle, cx, cy):
    """The pod's frame: its printed angle, or the direction of its next checkpoint before the first turn."""
    if angle < 0:
        return math.degrees(math.atan2(cy - y, cx - x))
    return float(angle)


def _frame(dx, dy, cos_h, sin_h):
    """A world vector expressed in the pod's frame (x forward, y to the pod's right in screen terms)."""
    return dx * cos_h + dy * sin_h, -dx * sin_h + dy * cos_h


def _unit(dx, dy):
    norm = math.sqrt(dx * dx + dy * dy)
    if norm == 0.0:
        return 1.0, 0.0
    return dx / norm, dy / norm


def in_play(x, y):
    """Whether a pod at (x, y) takes part in the race as far as the policy is concerned."""
    margin = OUT_OF_PLAY_MARGIN
    return -margin <= x <= MAP_WIDTH + margin and -margin <= y <= MAP_HEIGHT + margin


def pod_features(me, others, checkpoints, laps, turn, timeout_left, max_turns=500, timeout_turns=100):
    """Features of pod `me` given the `others` (each a dict, see `pod_view`); returns (self, entities, cp).

    `entities` holds one 13-vector per other pod, in the order given (the policy max-pools over them).
    """
    count = len(checkpoints)
    cx, cy = checkpoints[me["next"]]
    nx, ny = checkpoints[(me["next"] + 1) % count]
    h = math.radians(heading_deg(me["x"], me["y"], me["angle"], cx, cy))
    cos_h, sin_h = math.cos(h), math.sin(h)
    vx, vy = _frame(me["vx"], me["vy"], cos_h, sin_h)
    to_cp = _frame(cx - me["x"], cy - me["y"], cos_h, sin_h)
    cp_to_next = _frame(nx - cx, ny - cy, cos_h, sin_h)
    to_next = _frame(nx - me["x"], ny - me["y"], cos_h, sin_h)
    dist_cp = math.sqrt(to_cp[0] ** 2 + to_cp[1] ** 2)
    dist_leg = math.sqrt(cp_to_next[0] ** 2 + cp_to_next[1] ** 2)
    dir_cp = _unit(*to_cp)
    dir_leg = _unit(*cp_to_next)
    total = laps * count
    self_features = [
        vx / VELOCITY_SCALE,
        vy / VELOCITY_SCALE,
        dir_cp[0],
        dir_cp[1],
        dist_cp / POSITION_SCALE,
        dir_leg[0],
        dir_leg[1],
        dist_leg / POSITION_SCALE,
        1.0 if me["leader"] else 0.0,
        me["shield"] / 3.0,
        1.0 if me["boost_available"] else 0.0,
        me["passed"] / total,
        (timeout_turns - timeout_left) / timeout_turns,
        turn / max_turns,
    ]
    checkpoint_features = [
        to_cp[0] / POSITION_SCALE,
        to_cp[1] / POSITION_SCALE,
        to_next[0] / POSITION_SCALE,
        to_next[1] / POSITION_SCALE,
        1.0 if me["passed"] == total - 1 else 0.0,
        (vx * dir_cp[0] + vy * dir_cp[1]) / VELOCITY_SCALE,
    ]
    entities = []
    for other in others:
        ox, oy = _frame(other["x"] - me["x"], other["y"] - me["y"], cos_h, sin_h)
        ovx, ovy = _frame(other["vx"], other["vy"], cos_h, sin_h)
        ocx, ocy = checkpoints[other["next"]]
        oh = math.radians(heading_deg(other["x"], other["y"], other["angle"], ocx, ocy)) - h
        ocp = _frame(ocx - other["x"], ocy - other["y"], cos_h, sin_h)
        entities.append(
            [
                ox / POSITION_SCALE,
                oy / POSITION_SCALE,
                ovx / VELOCITY_SCALE,
                ovy / VELOCITY_SCALE,
                math.cos(oh),
                math.sin(oh),
                min(math.sqrt(ox * ox + oy * oy) / POSITION_SCALE, 2.0),
                ocp[0] / POSITION_SCALE,
                ocp[1] / POSITION_SCALE,
                1.0 if other["team"] == me["team"] else 0.0,
                max(-3.0, min(3.0, (other["passed"] - me["passed"]) / count)),
                1.0 if other["boost_available"] else 0.0,
                1.0 if other["leader"] else 0.0,
            ]
        )
    return self_features, entities, checkpoint_features


def boost_hazard(p):
    """The hazard one turn's boost output adds: -log(1 - p), infinite from p = 1 on."""
    return math.inf if p >= 1.0 else -math.log1p(-max(0.0, p))


def beta_point(a, b, leader):
    """The deterministic value on [0, 1] of a Beta(a, b) head (a, b > 1): the runner's mean a / (a + b),
    the blocker's mode (a - 1) / (a + b - 2); the mean where the Beta is flat.

    The blocker's Betas are skewed and their mean is a move it rarely samples. Measured with the PPO
    model (ckpt-4000) on the fixed 2v2 games (`bench/decoding.py`): the blocker at its modes won +0.9 to
    +2.5 points more than at its means in each of four paired sets (1,024 to 4,096 games, four seeds);
    the runner at its modes too lost 1.6."""
    spread = a + b - 2.0
    if leader or spread < 1e-6:
        return a / (a + b)
    return (a - 1.0) / spread


def decode_action(me, action, checkpoints, max_thrust=100):
    """Policy output (thrust 0..1, angle offset -1..1, shield, boost) -> (x, y, 'thrust'|'SHIELD'|'BOOST').

    Thrust and offset are first stretched by ACTION_STRETCH and clipped. The target lies TARGET_DISTANCE
    ahead at (printed heading + offset * 18 degrees): the referee's
    rotation rule then turns the pod by that offset (to within the half degree the printed angle hides).
    """
    if action[0] != action[0] or action[1] != action[1]:
        raise ValueError(f"NaN in action {action}")
    thrust_fraction = min(1.0, max(0.0, 0.5 + (action[0] - 0.5) * ACTION_STRETCH))
    offset = min(1.0, max(-1.0, action[1] * ACTION_STRETCH))
    cx, cy = checkpoints[me["next"]]
    desired = math.radians(heading_deg(me["x"], me["y"], me["angle"], cx, cy) + offset * MAX_TURN_DEG)
    tx = math.floor(me["x"] + math.cos(desired) * TARGET_DISTANCE + 0.5)
    ty = math.floor(me["y"] + math.sin(desired) * TARGET_DISTANCE + 0.5)
    if action[2] > 0.5:
        return tx, ty, "SHIELD"
    if me["boost_available"] and me.get("boost_hazard", 0.0) + boost_hazard(action[3]) >= BOOST_HAZARD:
        return tx, ty, "BOOST"
    return tx, ty, str(math.floor(thrust_fraction * max_thrust + 0.5))


def leader_after(current, passed_a, passed_b):
    """Dynamic leadership within a team of two (index 0 or 1): swap only when the other leads by a pass."""
    if current == 0 and passed_b >= passed_a + 1:
        return 1
    if current == 1 and passed_a >= passed_b + 1:
        return 0
    return current


def initial_leader(pod_a, pod_b, checkpoints):
    """At the start: more checkpoints passed, ties to the pod closer to its next checkpoint (a wins ties)."""
    if pod_a["passed"] != pod_b["passed"]:
        return 0 if pod_a["passed"] > pod_b["passed"] else 1
    ax, ay = checkpoints[pod_a["next"]]
    bx, by = checkpoints[pod_b["next"]]
    da = (pod_a["x"] - ax) ** 2 + (pod_a["y"] - ay) ** 2
    db = (pod_b["x"] - bx) ** 2 + (pod_b["y"] - by) ** 2
    return 0 if da <= db else 1


def boost_seen(prev, now, others_prev, others_now):
    """Whether `now` shows a BOOST: an acceleration no engine gives, with no pod near enough to hit it."""
    for a, b in zip(others_prev, others_now, strict=True):
        if (a["x"] - prev["x"]) ** 2 + (a["y"] - prev["y"]) ** 2 < BOOST_INFERENCE_CLEARANCE**2:
            return False
        if (b["x"] - now["x"]) ** 2 + (b["y"] - now["y"]) ** 2 < BOOST_INFERENCE_CLEARANCE**2:
            return False
    ax = now["vx"] / 0.85 - prev["vx"]
    ay = now["vy"] / 0.85 - prev["vy"]
    return ax * ax + ay * ay > BOOST_INFERENCE_ACCELERATION**2


class Tracker:
    """A bot's memory across turns: checkpoints passed, leadership, SHIELD/BOOST, team timeout, turn.

    Feed it each turn's protocol lines (`observe`), then tell it what was answered (`commit`).
    Own pods are 0 and 1, enemies 2 and 3, as the protocol lists them.
    """

    def __init__(self, laps, checkpoints, timeout_turns=100):
        self.laps = laps
        self.checkpoints = checkpoints
        self.timeout_turns = timeout_turns
        self.turn = -1
        self.views = []
        self.leaders = [0, 0]
        self.shield = [0, 0]
        self.boost_used = [False, False]
        self.boost_hazard = [0.0, 0.0]
        self.enemy_boost_used = [False, False]
        self.timeout_left = timeout_turns

    def observe(self, pods):
        """`pods`: 4 protocol tuples (x, y, vx, vy, angle, next), own two first; returns the 4 views."""
        count = len(self.checkpoints)
        previous = self.views
        self.turn += 1
        views = []
        for index, (x, y, vx, vy, angle, next_cp) in enumerate(pods):
            passed = 0
            if previous:
                before = previous[index]
                passed = before["passed"] + (next_cp - before["next"]) % count
            views.append(
                {
                    "x": x,
                    "y": y,
                    "vx": vx,
                    "vy": vy,
                    "angle": angle,
                    "next": next_cp,
                    "passed": passed,
                    "team": index // 2,
                    "shield": 0,
                    "boost_available": True,
                    "leader": False,
                }
            )
        if previous:
            own_passed = any(views[i]["passed"] > previous[i]["passed"] for i in (0, 1))
            self.timeout_left = self.timeout_turns if own_passed else self.timeout_left - 1
            for i in (2, 3):
                others = [k for k in range(4) if k != i]
                if boost_seen(
                    previous[i], views[i], [previous[k] for k in others], [views[k] for k in others]
                ):
                    self.enemy_boost_used[i - 2] = True
        for team in (0, 1):
            a, b = views[2 * team], views[2 * team + 1]
            if previous:
                self.leaders[team] = leader_after(self.leaders[team], a["passed"], b["passed"])
            else:
                self.leaders[team] = initial_leader(a, b, self.checkpoints)
            views[2 * team + self.leaders[team]]["leader"] = True
        for i in (0, 1):
            views[i]["shield"] = self.shield[i]
            views[i]["boost_available"] = not self.boost_used[i]
            views[i]["boost_hazard"] = self.boost_hazard[i]
            views[i + 2]["boost_available"] = not self.enemy_boost_used[i]
        self.views = views
        return views

    def features(self, index):
        """Policy inputs of own pod `index` (0 or 1), teammate first among the entities (those in play)."""
        others = [v for k, v in enumerate(self.views) if k != index and in_play(v["x"], v["y"])]
        return pod_features(
            self.views[index], others, self.checkpoints, self.laps, self.turn, self.timeout_left
        )

    def commit(self, index, power, boost_output=0.0):
        """Record what pod `index` was told, as the referee's SHIELD/BOOST bookkeeping does, and the policy's
        boost output of the turn (its hazard accumulates while the BOOST is unused: see BOOST_HAZARD)."""
        if power == "SHIELD":
            self.shield[index] = 3
            return
        if power == "BOOST":
            self.boost_used[index] = True
        elif not self.boost_used[index]:
            self.boost_hazard[index] += boost_hazard(boost_output)
        if self.shield[index] > 0:
            self.shield[index] -= 1

# ---- network runtime (generated by sebulba export) ----
def b85decode(text):
    """The stdlib's Base85 alphabet and layout, decoded by hand (the bot may import only sys and math)."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
    values = {c: i for i, c in enumerate(alphabet)}
    padding = -len(text) % 5
    text += "~" * padding
    out = bytearray()
    for i in range(0, len(text), 5):
        acc = 0
        for c in text[i:i + 5]:
            acc = acc * 85 + values[c]
        out += acc.to_bytes(4, "big")
    return bytes(out[:len(out) - padding])


def load_layers():
    raw = b85decode(WEIGHTS)
    layers = []
    offset = 0
    for (rows, cols), scales, bias in zip(SHAPES, SCALES, BIASES):
        matrix = []
        for r in range(rows):
            scale = scales[r] if len(scales) > 1 else scales[0]
            chunk = raw[offset:offset + cols]
            offset += cols
            matrix.append([(b - 256 if b > 127 else b) * scale for b in chunk])
        layers.append((matrix, bias))
    return layers


def dense(layer, x):
    matrix, bias = layer
    return [sum(map(float.__mul__, row, x)) + b for row, b in zip(matrix, bias)]


def softplus(x):
    """log(1 + e^x) without overflow."""
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def actor(layers, self_features, entities, checkpoint):
    """The DeepSets actor, deterministic: thrust and angle at `beta_point` (the runner's means, the
    blocker's modes), logit > 0 for SHIELD, and the BOOST probability (the tracker accumulates its hazard:
    see BOOST_HAZARD)."""
    context = None
    for entity in entities:
        hidden = [v if v > 0.0 else 0.0 for v in dense(layers[0], entity)]
        encoded = dense(layers[1], hidden)
        context = encoded if context is None else [max(a, b) for a, b in zip(context, encoded)]
    if context is None:
        context = [0.0] * len(BIASES[1])
    x = [math.tanh(v) for v in dense(layers[2], self_features + context + checkpoint)]
    x = [math.tanh(v) for v in dense(layers[3], x)]
    out = dense(layers[4], x)
    concentration = [1.0 + softplus(v) for v in out[:4]]
    leader = self_features[LEADER_FEATURE] > 0.5
    thrust = beta_point(concentration[0], concentration[1], leader)
    angle = 2.0 * beta_point(concentration[2], concentration[3], leader) - 1.0
    boost = 1.0 / (1.0 + math.exp(-out[5])) if out[5] >= 0 else math.exp(out[5]) / (1.0 + math.exp(out[5]))
    return [thrust, angle, 1.0 if out[4] > 0 else 0.0, boost]


class Agent:
    """Reads the protocol, tracks the hidden state, answers two commands; never raises."""

    def __init__(self, laps, checkpoints):
        self.tracker = Tracker(laps, checkpoints)
        self.layers = load_layers()

    def turn(self, pods):
        try:
            views = self.tracker.observe(pods)
            lines = []
            for index in (0, 1):
                self_features, entities, checkpoint = self.tracker.features(index)
                action = actor(self.layers, self_features, entities, checkpoint)
                x, y, power = decode_action(views[index], action, self.tracker.checkpoints)
                self.tracker.commit(index, power, action[3])
                lines.append(f"{x} {y} {power}")
            return lines
        except Exception:
            return [fallback(pod, self.tracker.checkpoints) for pod in pods[:2]]


def fallback(pod, checkpoints):
    """A valid command whatever happened: full thrust toward the next checkpoint."""
    x, y, _, _, _, next_cp = pod
    cx, cy = checkpoints[next_cp % len(checkpoints)] if checkpoints else (x + 1, y)
    return f"{cx} {cy} 100"


def main():
    laps = int(input())
    count = int(input())
    checkpoints = [tuple(int(v) for v in input().split()) for _ in range(count)]
    agent = Agent(laps, checkpoints)
    while True:
        pods = [tuple(int(v) for v in input().split()) for _ in range(4)]
        for line in agent.turn(pods):
            print(line)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
