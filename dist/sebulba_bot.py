"""Mad Pod Racing bot "sebulba_actor" by Sebulba's Legacy: a DeepSets policy trained with PPO.

Weights: int8 in Base85. Features, roles and decoding: the training environment's own code.
"""
import math
import sys

WEIGHTS = '@!J-;R36UH>VXgw@&Ex31pNZ^1pR;i+<Y!{KPi8s^$1bj`1Pp-`~L0x0sa#KKMdG`8|kenRPkDy0qB3JHt6CZ1?L|7{`G+*_et~n-|+O@8Yuxb0|kGYMVIzM^+kU)6T39wX@4&T4Kf`I&ln*!8E=2jDh~<j{whxV`BVty<sJtF4d>p0`WfR790djd0fGGbBLM+Q^Ss9<6!d=s;0@kriGkMv92NH5F9BBh=}7tD@Dj)y1_TI!86Ni{s3r#o0{s;cL<Z@9Fmw(c{se#b`|0}y*J#xR{s04k4DbLI_Z12i^XLNq1_%Lx1Km~f;R^f#|AF}l4FUuU_to1M0S)aI^?~{RG&u-=G~5g5^&s%)F8Bwo{rW2v`uh!m2nPP`r79&k+O+lafgdvH=FIE(?hqUX^=}#rf0{Gr00sqt5B)R<3sfLL1m?^1=7A67`ViwNu7Swayj|w@mLp^Vmw(#V=g%Jw*T?tzre{_tlQ`6Yl$jzIMZ$E<B^w3`%LdJX`~xj$N(e0P>>^+-fj`h!2gNKU)&>RkCsGS+7Q*%zj364$$qLB<<AE0RECDn{-3cT3uLm!=^Ey~l0R&pk@l`cZ4Fm>a&lcyA|9{Qu|02B#2Giry6EP8iCK(4?_Q$d#2^0Mr`p4$SH3>|J2zcdz2J!{*8VB(d;Q#R}|JA(Q*ahz=OB4hEBn#>TJkt3HiW9CN+#&&72Nn!}2j3F++&4Y%6a)JTOe!VU!LcFt7~Iz%-RLde`W&1T6)>Unn*)KQ1ZN`F0}5Ur0Dlp}{k0hE0{0CC77!6H1peFc+Pv)vHS7QV=`IB96M^~1?gatv;{Df~`{U;w8DuMdE8qL{;>Irl;sG$=jKL2s@%YJs;6VLz=?w9v0%`*;Y1tj;6=VZa7xM}<1$_H~{=HWs4h705)ae2z3lG2w@7yP@L?{CJ?hniF%a8#q5D5_W>>(8Y4Fc=R^MSS`DF5lBqjMS1Fg^C@_SFV3`uPV83i}Ab3GEEv=uIqL2<_7)?|}pc4(k#S2h#S|{SNs60vPFk`1<nt+3gX^0`dd>>;4x54Eg*B0jL;G#`)zE_$K9lB>C+`?s5}S8u$na1GE_Z7Y8Cl<bM~L6TmJD<|QT++6@c&2N8?(*BbijD*@@~+zA2;Eq@A>`{oQS78)?{%kd#E`UuQY2+P48Ip_KD^X%-?`^CunDaV27?c2lK9_a2M@VV;e#va(>{|@Ke>g!Nb1*XHO^+Xv0)6#*i{w5mE2>#vm2F~sd*);azECu=O1m)<n{hjMRL4Ucu;3>WH>?sHB81(5R6DaKE8es700SCLpFgU`C56v9@4J_5#mG2G&F$<LpAqEB64)_%>-2xBS13MV;$_jza6$cd`E@BAu>G&h|*a!#>4;KFbAu0dfCj2`W=j8kZ0`uB|^Y`Z}1E}rufekLf*8Kq)<iQUe?FZa6>D=Gh9|z&<+Y_{L8!Ffw5`n@onf4~~79UFe?&LZ)5gz!?49CP9(&9A$BrKYH4MNiPrlWU4FyzD(=us09A|>t;0zdD-5G@%n>kh6FJ?}4n3Lgjn5!HbNq8U%!F(U=^6%_iF<J-hB6aVwF<PiY@)BL1x&|EUqSCkS%i8?m??)~%$Cgl70CISvV1`6?k<>vs?^aQ<g*&PM+sVNl~6#(7hBMb}W{uMmp-x38n3z?@K1h0SV?gr|-4fO;kx%dG7?gIS=MgRdC4gr7i3jrtt?otQ;13Xwx<<IB`2M7We`ohy07)Ac@|L{H!F8n0`&qo~qK;FpA^2s9nLu(p;BPL(&s1N}0fA}#M3=1ab+656E3LW(w0^<Dl@$v-b6*qP#2<`aDNEz|bofyk200CG97y<qU)=1I)VI=N)IsxY`EknM61p^TuTm`uEmdXtCFj?a475$az3HE8$@asrP6T#cE7B7J;vH`(g&{^>DK-<|B6~i1DAJi4|`!5CT6bA|--s1)M77}8C46f((Jbw=&Ljms*Hz5WREjrH!{M_aZ8e$&>3;>7@64N`$1LPzqp-BnlJ?{So!|~wu3<DMu2}tn+5EKIO%LEYsMC^5e4($R9>L~&L{QU;~P5S`={|Wu|1p5dG|9|fP{vx0h^Y-%u0sQw1`&jMITIg00uovan=h*+_AA=?#rOCa`5y$f&uo`HA@I4FXht3u=e*!Wh@IK({1^6Hj{yiWEGt&aU^Zx7U4;Whr(i7ecN578>!NgkrM%;f6&?0i%)hzwwFT37d*w(@iJu#h72o?0$R6Ef9u(%@y@(Ta^0u25H`o19z)Z_U35&a<%1o^aq0uj_XGE)Tzfd#bZwj{mt8PD|n_p9UQ0ZG^l*$&zJx$%LB!13%u6RZ;&mLdP$A<+5f0Qu-D-P7>!=N|3&_xAMG@aTb0`wsUOuyOwaZW+@JE*A3f@z&$-`v402?ncS~^ge<62>nU2{UiUsx_><e4hJ9T>l;@P`RW$(1X1__DGSB^?%5L>{sQ8c`Q{Pk3aIoEyek4G-yJXm_UQf$_5K$qHUZf5<MsU_OC0Eb9p^IY^MNA<GqnZ^3g!_E8Vmi{%n%m-9~T2F0vrDm9QrA6<T2V%WdFbmt@Zom7X4rm76BI`_&xIZAPL+m-vt907$1SQ+SA|!;1N6W`Sa)iDG<&cFZdG%2<HCw>-hrc0~qT1$@V^h&H?oIH6b7tfy^Dz@gM*2^BoH46wJ{Sz2^hm{PhC#`5>L?$^h#tg`_sxBLQ%9e;Nwv4X+6%G{2=09%EFEGU_i+uj+msCFKCpf!+lB5(o(d{sj6C`U7pj^7QHq>++Tn+za^x5&s$r=KBTje<zp_+YCMSGci35+(XqX6-oH|a2)D!(gCUOJ|Kq{vhDjQAQUA4Ck*rUC;syT0sjmd^AQCo=6_W95g08;_2um6{s#y2zSr<P4H`#5KOznl%Lxt%BT+>b>>3@v>)q|<g4PxPJ%1?E>vcZ_J_p$E1`hrc1s#DT?G!~L`S;%i(;A)Z?hH)85(Mw@IX)!mfd?<kBKr#*>eUSUAjS|1>>U>W7!~aD_vet;^b7+k4AKq!@do_d1RVGe1K;Kd_Wk}1@d6sw3JJ{=(&z(!=K}E}RrLZ3mDbqX0~am}8|C~B^y}LL=@Inn>i!Sc>hOU|tMb_w6(s5i5dZ4;2nG%s{RMv(^A{ZUC?)j*<}EP|3Kz<$1pWyG9I_4y@Yx0b>GeDb1PTfd6(0HKE+`NZ?hOC#BLD1v``#J!!@wpPf9`7c$o)Af71x<#_$9I1Ip-e{P956bSROY`@Cw|F#rqrlQ5y3J1Od_q2@u>R2iON8_bBn}3IYNA)#HEfBlj4~`WVdn2(2Id{_!IWA`30w?gan<>-^*~@c118LMq6C+aux?Anbn&^xm`AVjC3pJqA7p7yl>L@0bJ<_1bDOzMlXB1?=F}7PR~{ZQx)@{pBzO1pxj84IdrkBoPo*5D)m@6y!*M1TzNoMCH2kxZ#&Q_9$rh;s_q?y$uNJNz~Iv-0{`-9tVNq2p!ow)`>SN*TZqQ=h^7*=K>xN6ubEevE?iK3im()?DFM*)n=UoO&`elm<RX(-q%76))pr-@mJ{q5g{QE_Wem6GVqy!%0o9C?As~nE(`Jn>LWZ6=n?7r3{?)oG8pRT#~0-DGa-L04k$1E%OTkWe>Mb3A{eX(G4uf}4BYDk+3h&%3>)bX*x*&$IQ}f=#Rd|_V(-oE_6p+L0|(h-8zK_aTDm}gH|qMDHTP(gItTQ?%m6AEslMyr<s9nZ91aJ|#(|OG(DmrrA`If}!sh71#{t+Z>##8%bLjjkxBkxe@80^_6yE$T6EQA-2j}7RC<ifq5@YzuCORVGh$}`C6$J|T;128S9V_V@@#yvT1r!_VrR9Of-w4|$JG93T{@UgP90C>S5e?b~EGO2(EAbE&-3aP1Pd2Q7{SU@Ow=?k1e-kbo^Wzm5C=v+}-2@cq3kUrh>+SX7C@Dv`{vapffA<vT)FIn7Dsnnf9x4J90}$TrPYz4~HtNy~7u~541;0WM%{A{1e-q^(1^Qhp;nVvc7b5)sI0X?Q?ePL8`QAu@G6WUz_4@P&ItTs@BLDdg0S<o#73eV;{LvNg@*j9W=Gq<R_xuV9pyDy~YY7_v9S+F?78B7QC&l0x`WPMK{`BDu(gtOJ@hdU`qxx$67R11@_9pNR`SVfgI3gOrKph?b{}laL!^pNe5x?RB^?&nC1G(+oG6@kC>$hwf`XdYgp=kOL;rb`9<OI_$DjEd%14p<m9muUz>lN*lr@ulP<TS}978y0wZr*_wW68x3Ff;892$3J({Ut2)*te+(1ttdK_}35j5b5W#;Qlc@+$0cx95}JD?BGT+B~_e~`zN_RCHcJV==&~>P#@UMO2^#!X*0*`0mR|QJRUV2FDlFu@+My>Q5NT$^TgUbuH-Qw_Yeo_Dg{z!Q5~DtAE_1|#RQ%)nh$@R^a|9$!`k!Q4t}l)&(7`G5-3L8|Dn<__gp*#<v2(}DB|3%wE8I%rLk2d7ybehGm`9fRSPLiCY4MVG3B2j6C4p9*E>bh!_OPafjZ(w*|qrd+e^yED(K3i3^4%vB_9O@>jy8x|IYg!0}c@l^2z^T3LD%3?Eew{dA-;i^}qsu4N>PN+`Bs(4)7WjFOjfP9sT_6>($%i3>*RDLz#i;$*czJ05##<T^vOJEAqVRBbPP^vIEgJ)x$Wy1{-JIkiH7k-#8}L>ICQb2rC)v8N|dT<!KG_HyHU4^Bo20F%VMxD*r0PyTjy~yx_&_%=OFAE*!87(hmbE3C+9HAO8OZ2wBY-6$XLB4*c&6>i8ZSIwEBX;MxxF)bH2+{{g-QCN%`(?h5M&1VAOW^6Vb}67S~ar6o%V&?oSL0<|XdM=ZzV1{&hs`C#F#59bLmDl!))6Z;1G_ZBA2B^U0a8uc9l{2~E?+vOtx*byes7|syn0T1m0_y8Tt;`9#S<q{0i{VN0p;}qla{t^2F_4Mfa<@gZ~>j3os0|OTI{U;IP?*ao85fAg&>GC_;3+oOJ!ZCmSnL7r*1k?%l4=nW&_xj%Q{yY%1?(qfv1RWC+{p=hE;QlGoApg437U&HA{6`Og`{D`=`5p(_0_Y3i?E=9L`r;b;;@c<x<{a(b(kdDT<_7@-)d21S?hftL*c1HbH~<U67yOqm_zTAALP1(^e=-UL8Mi=h3d67%1<m331^CtNvB>zbQ71pHuBs^r*A)5}2NcIb(cJpf_VOC;qZUUP6j$)JMD`34*_)q*pf6_a=XAWDUPNNQHBita>(VJPdNLtY9O<|XMeSN6-pHQ6BrJb}PMFp8OwY00fgKbp4p4Uq<{tg{&8zIAl=;!V&llsLDi0a~%M3j7BGc&HEfehrAsX!+O8(Km?HB|lEXYeX`6U-h_{X!X&ievg81&uzCmzS%`sCgH7HS9Af$%%801D3d#TPft?hD?)Bdg0F5I))fZ^;<qIxZ3CMC1cj`W#V21y>+{9rp0M<l6u247qhn@(AP=8pk9%SPugZ>*6R9KF8Aa68|Ir$VEigv(iBKtwr-Jp4|uXvrE6X@CB{2a`5@d<4V&TIv6wl`yB=6g2n_a-4f)e)($W2I8Exo)b0qZ@VU6EEZpcO21@_-<SftK7A5r(?tx@6DKH2B_Wk_@3-IqA+3i$+<rw(o6U_lh3lHZ70Pz$P_9^u%2l`<72L0|W6ZP5r5&iKS0p#TN1_=uJ8ujMyAp0;U=_(ts`{blF-0=!>K^w%*HS~X1E&G(A<`W=Nx#!6d*z9)HL>k`*o#Wr<7)s;|(WeCXIU#T{3;VD+?jIOB=Qb?{Wv<Z54x1a_wj?d~G!K98J^acNGQmYtodo(r=hY22?AsjW%*hd$^;<vz^XA?f_W}+V8U^?^<s=y72q6mxO2XI!=cXw5&Jzi=Av1CyCi}<O<lsP6r6s8@#lAd+4eBYx>(>|8*?;Bg*V)S*4)<d+1Mt#R=0+I_9zcImUEJ=q4$|}u*vvK%A1?P57Ulp+YUnBu&$A*LHz(y$4iqjznJzT1_s>YR)Ft^soBAT?pjy7?0{HR6#V0>Z0{Gs-4C4*B>F9jc6C@waL$uEyUJe_7!NeX#IqtCv3G_ETzz`?-#pD(CyCf1o6-VpXrgFv<^c@T779;-nA^i#g`x?6U4)E{<>JkpS;rbT`5en-Q`tlS8GU$Qtam@2Q`Wp8i5!xgO@CgwM{>1b&5eDk<>ec<^1Gym7-4Wm?4gNWM3P#h!v+)){8a?;&|J~>gDdN-K>it{iDn{(03DnFCJ3qhvL#gi5F;px1GT!_x`ulKyIO5;%w<23y5=B(#G`IB^hUtc!(G+CV7JtBqQc*b8^$htUlMNL7P68rV5VVB@F8db;C>O+n7wB-LBOmWM1ojIZ>i-e$AqU-o8|wTG@fq*i`s*VJ^Yr-X_|_cw>jm=^(+Tm}>*_1=<`NC)@+Jxq;T`z?{|5#7=>^r{_x|gHfgIf_=rJB*8am0U>)TNU-xCM06B7$p2=b*40bUW+dpqQ)DGuiiFf7Lr^_Vu8X+k^H058ZE*%mEP=Kta`8{GKY4&?c-?6Ngi=L^y9`pPh43;hYL;P^`l_z&wHf#E78+$ve|(AYrw0YK?W#{=jT-su|T6ZW;g{voyN!|a<Z$EYh<-5vMI=N9um;wawgB-8<E*GBLr4L9`?GA`*>G=H`;0_qPz3C|qyT0lGI<3sfN|JyD*xiC6OIO@0Y_5|7839UyT6&F2XL+%D1D%L1`_0cax6#~o>@D)Kb>ETPe^4$C1(-_=R{N5Jar$DhW@*aW6?CkUY`u6<>1Oiik><aYa{M`vV6%z6B`||Ds@&E=15B^vI7!K(N1pemv_6GYL3jpxv0}2W71@`;_91c<s2iy<y#1{BB2l;M26fyx9>BI_w`XccK+}-Wt^bgMu+DJYk$YJ2s7`^i<0W{xF3&!!wBW4NEH2DcC_8w72`p64Z>k=OEFajKh0}Byv6e-2P$?AVO_dF)D9py0MVpql|tKuw02Jk*c)2bKoKN<%qzVDId)BH2I4zj`I-V=WtGxiFuxd^@0C&f-N0zV>TN(amXGUqK|<g6O?Hq-9H9r7>yo9|$W=+fKeksa18<kk<-s2sN%@ZgWd2D0<P`Rnrk+3U1J_Y>Cd<?&nGB15&T{qo~m8~5zZ#xWJ-CLSfwe-8x>98LuD^_<Zs3OZraKmg+%KovFq7|yrG%qucG3mN1e8z`T`%>*16{C^<I-zoLF9W>kC-3A`UDHib8DI>2IPBsAjGQ=6*0T%rDMaC^3;U88*84&9W81o1E0qhd>`_KRi{TA{556S;D3?tSe_6;KpPwn;o5!d=xAv*0M{nH~1`QZ)>3xVBJ0sZ^z_3_FGPzwLz+8X*n(<nGHGScy`uG^_A&bQUk)nmQ5UTz!$3)=iYWAE<<Gcfru>jUv2Jb%sN>8T+b=>9v;FS=;U<vc6D1EH-K@u>|U1T5F(FfxDXXCUtM3!p41$N#TGmDWYC2ii*Gt;`C(_-i5X=ic50Gb|zg`s~g_&~Pjp7Ot5sphRsfBXsr<85{@mveKCQwiqWx|8casRq9RkKoahC+3>kIZD{*m64jm6ObQtD0L{Yv3L8^_7@_~)?G>m(<!A}*+4o*h0Kxzt{tC|6m(up>HT0o@6D2szAF(qsdf>(KPB*JD(gU>|EqvbeZ~Zy*LnB0=SLsvT6{n?;s}nyU0U@*eAw8nb!N}z#=Ue`-mIoHl07!w+z#UZZ_UO%`9GuVhOfK{(W4j36Um@q`HO(Rs@D)l<BoW=w!yFAqEm$q%8Wjfwz7CI_fdKXD@H*1jIz9;T^6L};{t>b*R0R?eAT;tO^)|%+2l4ab1_w6wISMQjjL=0^aojjRrpevluqQr4A~E|c5Ha8Z9_-S8<ls9MJmb{)+cNxVBD@5<>5>Sk{-GP-Bjf4S7gMzO2lJ<{>Pr+fMCA0o+~BF73DjXQ4;~FM;tcgvH6I&PEZ%7(RqBK(6Ye@a%^5NAwXZSai!AXG(b5D4!U^x=1N(ud4J1iNYR)CW0r<Vw?3zGa2?wt(Tc}-qBk}mS^#x7`Uy8?X)37x_A|_#6?7(lM9Dcn@j^5GWyz$xnHXNaWD&Z~4K@Tqc`6|!hDj@MQ+xk|r!!H0K73Ka4>F5vJ*5l31$;kMD=jR#@t~=}53`!SCAob2Z57iF}#^=z~{Y+jZChY{M`|J%I@R<~J8Ws@q*s}vNA3B*6<KP@vCc}|PT-fCv-Ax+@s+2wbl28{akAWp3;~ea>4B)7`{@wyN{{1W&G&b+^^wsGS;qlH9-`FoH>mAzQMfyLmQ~m%vv-GkZK}7#A_@O@^69gml^$vmb4KFp=`oYcyfgCIuOxp;&>f6B870@X=79J94F7Fxp2;&_tw(Kw=4E5>>`#cm#>De#p|Kat+ybBco4GH$;=}qtrzy09xoyt5CRm{%Yw*1`y<@*lUbMYt9EF~;8GWQEs!SwPqAu;m&>@)yT&+`MF4MPzMz1a=1@d*ha<A2Hb)E5Ew6aCi5iy*4<Ip!iS2mB-C3g#p&`5rIC5YH3s2G9aHv^_Q_(M;gU<LmpJ5h&qH`wt1v8G0ju)dlAl?j0gJLOAXf`uEZ~3JPl+<nVCf0?X{jf$pc!?l_;;B1iuG`!Y;01`p;7JTDX<*E_Bo4Lha+C*n#k&es6(H~~*2<_GuMGQf%q&7ef@{{iXGXC7w_e<aNo0NH2;jpmpzl;Ud3QtCvos>S}X??Mj)zyh)21Yk+`{o1TC+(shUfx%bpNW?GS@dJ`Ca1Gz#P$RuRG!7H+7b7=0A-0@4B;7ggvJ3<0CA$^WK_m?J$KF;(9#8bt1PzfYjTQ$8?)wV*{S@Ee1O8fn>=Wb6_}ArCLnGPc0`UO=|MLIe)&+C-_a5E)0`BDF9x2BR3;xgS7fd0bA;J6*2og{a$rx}DYy-ya`}7RP6YNJL0ToR1EYjL37Toqe#>F2oAMV^I5*sNh=-WoY)+4(6y9NJDB?rk2oos<o>^|q&*~|kL_$^Bp3seK!=>iBTwD*Co)fy?<-A%>CDGf5mB{0%G$ld)lDkBdp`Nt6Z1@RCe^~#*~4)Hz68`cEx7U1Rt?RZl8Ab-X;8SVQKrT&x|%K9@b1#6+ZPy;pTD-_~G-S5y9MhO~7{nqIuA{8|I^}zA$AwE3I7sKiY?A91sP%U-;2QcB0DeN~<+x)u9xC1L9_A~|sDBDioLHn#pveOiQS2RN~&z4mK4j*Jc&Cs9yyE`Sx4x^h9=s!+VC>i_i!QcqI^~p$I7W(Mh2ixx&7Ao>V)5}>tNbcbUw(%J<%`aWet=>TF%QNOj%l79Ix&<7%G#!Du0|gq^)#er-x9B+9EE44A{R4XG4oR(n!0s0m7bu=KumCx{L_re$8`~@ABr3HB3YQ1^SrkztC*I5|%vm!t_3D2w;qWRH5zrXrTH6yM>Q6mI5h&dH^<4q5xrD3bRQ;a-6Ex&gBHarf0d>PEPT$t(1h_0ABS{C`+_|hM000Qz1_cTG3GWN{1^D&qBltDc8Q}>7_W%3&fy46l6a)9&^a1Mj@BJ0>^!)@d7z`5x`v3X}{vh_>0`}Rzx(xN`w(Z4D9^Dz-wn#8ZwLvlNw7|vE;z&~15XJwSF=HO08$sM?%|TH;e<h&g_`)H=$KrFwuq(+(Js7t4Fw##)Klw|m2E8B4YNxi=G_^7zKR+=~;To^>=ML&>LZY=kB*pajH^nBww|^-~5(lzcECsqwOFKlcz``XY@IM&M7d-R!%qyxvB?9%vFYL+I57QRwf9(GYlDD7f>dx-)y$3lJ-7H7b_wO7mIy@!@@4(#U^4;YF6bH(@0RZj-05Adp|10tN`TPO?{sHs_1o;2`HTnG$6$>{0_XYp}`Tzg`{{r~`0RI5?gaQ8h|9=Mh{rmv#0ssO6'
SHAPES = [(32, 13), (16, 32), (64, 36), (64, 64), (6, 64)]
SCALES = [[0.00567953335,0.00702365488,0.00414978992,0.0114719793,0.00409239205,0.00754332962,0.00769846933,0.00262707891,0.00589306373,0.00600042799,0.00923319627,0.0123106651,0.00460501015,0.00600195117,0.0064853006,0.00454009138,0.00669015944,0.00996893737,0.0102382954,0.0118829962,0.00854023825,0.00404239213,0.00765250018,0.00471251784,0.00647586584,0.00629007677,0.00508379145,0.00263338699,0.0046515693,0.00260325684,0.00616909843,0.00492084306],[0.0110637397,0.0050538471,0.00481741084,0.0112117501,0.00501184305,0.00495526893,0.00912423711,0.0103957085,0.0053395601,0.00719235605,0.00563246012,0.0127883917,0.0182421748,0.0102377171,0.0090943398,0.00638597179],[0.0049159117,0.00546708237,0.00493399007,0.00694840308,0.00652213115,0.0071760742,0.00515402434,0.00413282169,0.00486557651,0.00536655355,0.00659707561,0.0110202534,0.00623936672,0.00737967622,0.00584847806,0.00473054778,0.00764578162,0.00552449934,0.00615904294,0.0265957806,0.00419625267,0.00569401495,0.00454524485,0.00715243071,0.00483993487,0.00635490566,0.00637202431,0.00579241989,0.0068157739,0.00725892559,0.00676200958,0.00782730244,0.00755134458,0.00335011794,0.00709711714,0.00466192514,0.0089746695,0.00512980344,0.00480625127,0.00701574469,0.00950976182,0.00697245309,0.00923665985,0.00771665107,0.00424928823,0.00893713161,0.00567569956,0.00480216369,0.00678583747,0.00548619824,0.00483851647,0.00536933588,0.00590598444,0.00777988881,0.0047112396,0.00680306274,0.00510574831,0.00595855759,0.0051033739,0.00685357628,0.00574895274,0.00667395024,0.0105823781,0.00668376777],[0.00552816642,0.00687728962,0.00805954169,0.00713754585,0.00726366974,0.00965310168,0.00857121125,0.00637264922,0.0109155793,0.0137591735,0.013144834,0.0128195249,0.00652888976,0.00549603347,0.00662551494,0.00910782814,0.00793944858,0.00509820459,0.0171933677,0.00703901984,0.00776669616,0.0066934512,0.00647122972,0.00591009855,0.0138690108,0.00904031657,0.00558789587,0.0178337023,0.00721069006,0.00956548844,0.00777492533,0.0085552875,0.0209841039,0.00986372586,0.00758722844,0.00628161663,0.00706614088,0.00838267151,0.0134163015,0.00594216259,0.0076693329,0.00599745009,0.00491686165,0.00737397885,0.00667707622,0.00445677154,0.00797387771,0.00515284995,0.00966098625,0.00661691837,0.00814827625,0.00789753255,0.00669834064,0.00892185327,0.00668554241,0.00705667585,0.00578690087,0.0113286637,0.00701908208,0.0084408354,0.00769404648,0.00731571205,0.00782419834,0.00695776474],[0.0130551932,0.0101019451,0.00902612042,0.00919447001,0.0099921627,0.016175149]]
BIASES = [[-0.111016847,-0.599367023,-0.088238962,0.428567618,0.0358526111,0.0470705181,-0.015751252,-0.100070715,0.177879617,-0.104982197,0.0115461219,-0.596282363,0.186537281,-0.0394097827,0.00328094931,-0.178474501,0.00287352013,0.087205559,0.18807964,0.216640428,0.1506574,0.0962605551,-0.257374585,0.162247747,-0.127219141,-0.313766479,-0.238607973,0.0212288182,0.11396049,0.0155045632,-0.00465758378,0.0956218094],[0.0345012918,-0.0879399776,0.0762916431,-0.130748108,0.0376015902,-0.0323518924,-0.0598884337,0.00765191019,-0.0620165579,-0.0999721438,-0.118765026,0.0114820516,0.00631293887,0.0125015937,-0.107019298,-0.127764672],[-0.137708813,-0.0266477484,0.0893092155,0.145970523,0.19755891,-0.062992692,0.145095319,0.0136788487,-0.0205417201,-0.0132312849,-0.0961451605,0.15345481,0.188262999,-0.0588170104,0.165172532,0.191462338,0.117612451,0.0795885399,-0.0200985651,0.544783115,-0.0943594798,-0.00516334502,0.156184077,0.0495247133,-0.0633593798,-0.00699225906,-0.0464492515,-0.110613003,0.0504582711,0.0207521729,0.187302291,-0.0878970549,-0.0273731295,-0.118404396,-0.0843236148,0.187599659,-0.0668090954,0.0156655293,0.0107859075,-0.0111435158,0.0357518382,-0.0602652915,0.188411593,0.150201127,-0.153228238,-0.0298617948,0.161562026,0.0106187696,0.0608955808,0.0877219513,-0.0941915661,0.150909409,-0.105462261,-0.0921473578,-0.0702948123,-0.0390405022,-0.0606740117,0.0420950502,0.126101166,-0.138816744,0.212419495,0.0521299019,0.145980179,-0.0838958323],[-0.103044502,-0.150696293,-0.0359406024,0.0185389128,-0.0226422958,-0.105508059,0.082641758,-0.056078434,0.143852621,0.0242469646,0.197411269,-0.0317878388,-0.0995481163,0.0453130268,-0.108522616,0.0301312581,-0.0375551544,-0.0481913164,0.242681801,-0.105182633,-0.00302088796,0.047381334,-0.120975681,-0.126351729,-0.346403331,-0.267150134,0.20943746,0.0722973272,-0.269990802,-0.0513239168,-0.0706108361,0.049435094,0.247999877,0.0874848962,0.153516263,0.108581647,-0.0252725966,-0.0270117316,-0.14629297,-0.0515243448,0.0327908434,-0.105441064,-0.146202371,0.0640696809,-0.00988009386,0.197038054,0.00401610415,-0.0539888591,0.120308585,-0.0182441752,-0.197541863,0.0613914318,-0.0760613531,-0.311140954,-0.0363022834,0.123431124,-0.0746841654,-0.0703138486,-0.107578531,0.141294569,-0.241172239,0.0843601003,0.0149952145,-0.0230095591],[0.116198495,-0.011100838,0.0765279159,-0.05799371,-0.287156075,-1.78120375]]


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
