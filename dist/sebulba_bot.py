"""Mad Pod Racing bot "sebulba_actor" by Sebulba's Legacy: a DeepSets policy trained with PPO.

Weights: int8 in Base85. Features, roles and decoding: the training environment's own code.
"""
import math
import sys

WEIGHTS = '*!n~@0p5QuC;wFUCQyM(_7^bxybb&9Lk;qOJeDrpia5aY6hoO0f#mBP1NbHY4Ex<IM&H=H9p)Oj?fVlje}9nlI88syNfFiC+~uRwurIrR=(%03Eg;dcI0{D#ACCGGwg6*)mcM}tIitMgH;~@Y1|`5#-hsi#)bgMI+z>=*Qz?I&$=(g@>fgwk@y1Eyi2lqS=>>uK{2%Y&e-1;Y2Jgq|HlTmv%;VJ#<B`$UG2`4b`VtftA%DsN(hlrP@_%OeC&vHQQT6Lk1JSPjDJ>=r-G49O+$9!)Yv2AhHQAOSE&vrPf%5H^&3YnR{vkmO5$s_C&PnDF5P$Rq4T0DTIcBv@!i5LIRU}0B`vm48#Ndmsff>nW&%`}9>bw(~9)Zo~&^DV3ITaQN>3<SgBci!G4<9GKff@EtyKqJ=e+CY(>vH$4H7fjpG9oSBlkVlw7C0d1MF;N;@qxSDHQ%~Ix8=Lx5z##of9Tdk#IxiaV1Ln=>hawwRk<{?-U#g=f%r8Cc)sw5feTUU9`yU{3)ADj{)O`F0^ly7_6RVh5X;>a<@y~Ysl@mG?SJ7o1QGB>7XAMo!sSt9njAqqKm!vAv^xka{^kY98r@bQ92bB88KwAqS@0994el*tE*k10Khhigv%%E6T7@@(93x3d?|}h2ApZ#r&j9Nh03M>^%f36}3kOs!uMOVn1l$R`8Sd%655(2E(*))K8LR*Yf#eO?^YKvmHI=PQ;iD-=zY@3`N+kvK%1+@w3I)mB+$Yw@OG1s*ixG5xBe)kiNCesY4eb2cOFiVzhuNA}fdbc)MT&wTGaO$8m1*;#5cc%g!BT(O#q!w7H6z#}3Ct%3NF%k|IrsJn#nR&GP4oEw|0yf~*)$K|#T4$M62`*og!wtL?9LhxE(3x28}=0YP~;Tw-nX&h$oM7z!?2)#3J3_|!1_%Gu{<6se;Son4LLmzY_#FyxALJ;C07^+)Ji?z+u4{-=D}J23M&BURe!bdwO~J;xp(z6?E7pOK;Rbw(a*~Ox9JW}m6+W3Q0*WTE9>A8wb%C$4qO8v^?&9dL+H!){^9x4<qQoE%K_`+|M>Ru4S(ZH@C>2h1N<jG1^)vmH5C5#<2Qfz6#W7pFtce1`xTPt;Po}Jy*BU%CNeZXg%$)mMg`A*0FYq|N<{YmGc{<BgE=b-5jDV3!pwxuyBwzv7q{3Kfh$Z35+C~M_976`C&dN}?*alL{|4^{2ji}L$P5zmPD1<m=+g@a<@DR@^(ZO~6bKIZ{pI%1+uZ*a@FA{&>j3QU1*HlV!4^C1_7(p2<Np8-CJg@Y2P^dn(Cicj1_!@?=k^-^IKSfw3i?X~8ut|S>;Ne27YgU@^#=I*F7gQ*6%xRI^DYYn4fG)$r0D*=?$tgT>GJXl!2rbs8ywl%`Va*A&H}N2yxhA}A5ZG+=o>TrCxHR;?D+1>4G~HEAvpu`<gOI~3+&^b?&Ui<5`P2<{rw94&*$*t4)O6T3mW_Z0|Msq#~B+D68P+j#TxTB^11XF|0xLB5(fC{5D6dz{O|7o6afPI<?!(`@DJsG2P6RyAFty8D&QCg7SIF+3O51&1{x68<Owdw<UsxX{}4HU{u=THf590UpbECm5;qCKCC3^I5c~S}_e~A|PcHoG_zS6E&*3p*NEGwky8eMO783N}`2zU|5D4=0qT&D2?E3Tf2?xIN65a0;?|&rZ;6Yz8EI{%TyWhI-4;uXYS{U6l4*A8}%rf$)2rt1!2i^n&iXy4+aTWD-%gGrEHr?v62<!y7+5`Rg8Wr1r2LMd|!?-d9TlM@0_x{8R1o8p-4A)ip?(hWJ;r{v%_X<0I6aW+ZaDS!4qscqz1q&Do917b_7xLpA3DfH08Q$Ma>g&F@2jEF6%24hdQv~ZW829(*==%T#7w`l#>nq#!2?gR2(eqe=BmNBO-M;i85biPi5eMn*1rQ1%69er8`~&#55C!|i1p@JZ7!mIHXX6Y7fjH^&FC|7S13vse1yUK~(kl8FH1p;(_4tSw_y83g%6}5y2-^()2?Og205;kQ0Qlw%`6L?u3jHzq{SptG?&0VFQLgeXff=1h^Z57@@hj{6S4gA0SO>#+z$hpX7WuOxFAFUsKA_?8+W7YY6Z+EszwPQr9q%mm5gIBDBK;%k_2t)p4DzfMq9F?ve<%ez>J;?``1IP_BO~$r_z4c$I0*DYIQ?F_IQj73!|yNtf6Tbt>=V~K=m!Jx59bLo_%00i<pJFH58!O#`AshJ6~Gl3&JYF<8{;Pg1=!&!{{s2(AMV!g0_)Kb5CqSE;wtIRNZJJ!r~gL%>lXVcGs5cZLH-)|-V^Wk)&&#^49A;)`Wf&j)KT3xS?7KPm!d8OzLx|bp8?p|x=VfG{>11V<|;jb<aS@K3_#%F1OWKx3F;6SCg%V4BIgMG`RfD>1{3`W0Sf|w1rg*C_ebU9<QCTw`yUSs9^(!F1s(nSJOUZ$_}TRD>)OVF{LlIo-M#kzRm|`h?CSU53g`&*)(8~>00P7R+yngW6W}d>9qs?{=~rJd>J(@c{BQ;%{xcxX|NPaYe-kD#`BtGsJ<AykB;^cQJNXg?fw~aV@981_5CQk-<P8@M?jHU4|NjO3?fI%T?e)SR#R-4i*(s6x9q;=F0Ru`2IU+JrRLc54CixoIX$`6#|HoY(f6bxb{zmQkf!{+Z=KX8>GvyZOw*#Q=_UZ$jz8v@*V36m**X<JvQUwwf{PYY05acHP_52vy`34;Q5AYTC{`!Az0vP?oF@dEan)@*K|41Mg0`eaT@E71FL?JT_>D4a`2+y%(VJ{r{*h~=n4ht372-fQi3;zA{6%qCJDDVRd{wnq5{{K9I1m7jy#&RjXW$D@S_6G1Y=Kl}uHVES#4k-c%3F^-!6b2fB4EFQTtL{ege-hu$ANd2#Cm6&1H52#X_Xz6>2<9g4+0t|VCKoNk`Oi-c*B*Hi3=$YU&-w5B@66u$`0?`n9XK8v^yPsxIa^T}3&jr}Lf$nD7Zm~r-`nu-1RdY?^4<>n2MHej2p%PW1OoB>ro}e|e=7$01TF>#^99}W0v{$5F8u-&?*RH22n%^(0|6)4GGOKM_2A7E_&Wj!{RXV<C+!LU`UDFD2N~lRz8J-U_OeL{y6Xt?Tq^V(2JiI->Jsq{{{ieN*b4{>@d?HFLl1u_O71k?$?ih+HZuDV_}mruEa37NCi}ob0~HYO@bm}y5$=CXDDDul@lFl>H~}RC`tQdy<Mlil03q}X|J1t)AO8J1x7B~l2IVW_N}TCYD$K*l0_+hdNCDI?0?;cv<J%h#x$lvu{T#*&$${kb6-xu<_YCC+^auh00T2=95gYp}^7#$+<^UA*+9U*l_YMRmF);ZN?)Dz(G#<(Z2H6SI%KqOg3nlXj`2G+6`62p&!x_`r#OB`We;x`v{Osfz5%&)Y3E<N203Prj@9`H27C=8$BMB_+QGeR(`eyqA_X{5j@Cx?t<wF)O|Ly(<^g;9H0@|IC7X2ySC<Fuwf$aP2`y@#Y=>Yug0}KrT?)Lr$`04uL7~!}Q>l5rSe|-o4l;QWm03<5x>lWn98U*#q6ZilI2G-fz7AKg3G2Gw;>Qvt7A>!QPEFbpp3H%WP0Tm1W@dnNH2_+EzG5sHb>JJPLp=SsD2lX5s4-LxwAI1Dc`Y#ms-1`M^)B5c4{|onl2l^}H91G|Uf!^BJ9P1Sm80YxU>n{rm&E*LP@%0}h0Ro1;{Kx1QH;3Q~yAA#M^zm>A(E#)lF#h!Z1pnyp;{g~57X7(@(*N8B^PvzH6uu7}4A}Sn|N9{E5*XeC`}z#~2@mx6=<G9p@-*xc$r?lnPZ0F;2NUWT>-rlA^85t>?EL=P;R+KBDB6FL^125PF|ZOMfeIJWz!b<H`vm3j5+4E+2i(gCBD?_TD-Z8u<S+I=9WAT;p=r<`u<d~m8Up;q`ve!yBuvr40U_w{2>FZ7Bm)h%5J4Q=%-Q<~{3|E%{^|Y)`T-^mCL!qP=_eQ-2RRpkAoU30(}4sS4ebXI6a5SxDg74u8!8#-*%tNY91il`@-hW?0{-+44mTj<1O6ZX4-6Op{rCd(@b}5o^E2xt;Q|Bo6w>N}_wob&C<h|)f#U4Q1@8gX-r7ePFC-un@dYU!&@R*!^8SzP_u!W?3BU9p4cPA!7}CGp-dxZT73tdP4jS<E3<J)@JOkU_?|%ab;7$H7Q0Xxs1rO-qAJoms-V@9YV+9c3yB_$@4Y>zDxx)PIF|oTq{$Z={1h?VX*JC*L{_M2GHXFFx`*Jf1TueY6e)U>WObDz2QQyU~;T(a<{T24`@+%U?>&r3TKJ5c5>NfHX&i2IK4gv`q{R@8s#kbYQ1yjghpe5Z+LP$Le7y~r)6dwy41GN$i8WiI6Tut7pJs>Ca0V44FJ`*=2?JN=9>Jl8e>IfzX7q2DR4)EFu0Qi6Z3F`U)0|y1~<^H4a7XBn4j^9Qf-SZC#1Qk^c8TSt|Qx7sK{VLZ68z=z=^vNa07(M?sK9b2BQUvz#!{%nh{rn5i@zFIUfgqgK`U>{o@dG##+UOM=?5aB`&=v?Ba{hlw0`u%76$vNzDcbmrB0i!lNv6sjQsm~w{tHqG=+7qA$<X%^*VE1Q#R0b2_7xx#@7(A{MayFZ7ya-Rde=Dp9_+6%0a*jmM+YY0BO$OuZ6F_iLc+VU5)%ay4&EN`1REp?`t|TG<{a6%0U03$&bcXN4(u@r)CZ*mKdl`E^ad49Cr~EfO$ZCQ{y)nH2nGWT`}oHn6aV5j5KsQ_*5d6P2=XWa2t4(H10MSp+?^;gMyo#%17+6o0ObVq<Ru0d-=#n4;noQr0@%(b0}kL08$%~e`K24Je+5Pg?&svp)72F8@)Xkm1v>%j*&Y5s+u8MF_v7pE0$k-5E)_%v1aBAP1jrEWmJ$^eBcjj$8{9Mr_xgViAGPt%1<v=Vg7Cn^<|!Z!l@K6b0Ow}@1oI0B9r@ZX6bI$Q|NiUh<p3=)3-tOP&LsHy*7MQX!yP$8(B}978{iNjAvFG?$MF&7{OT7A<S7MJ3JMDdf%WD!1(7}}2>$*_%oG*v!L#c{Edw1vA@UB-y+8Ut>_rv<q$?0K`biow-bsJ%`nNRp42R_+IZUym<7%%6hAJd4$mIXJ+2SQP5X`#wA5!oU5IpYT*B@Kf^d?6AD#GCD`z^>-ryRUF8X62i=QP$T2L=HL)zI1)FZIgxJ7x`mHY-!%G29Z<_rw1}Fa#HYKT`$>*ygPt7Uv4q=<4v+K<3%w0}1yZ$rG*Z;}8ib6GsZ*7Q*zrKkNm_>BkZE8W+IE@_`h}0KX3%<M8_i1`3@L_t5$H*Ed563?AeUHSfP0-!t+XFjpG}eY-7A_`3Q258xLC`x*e^-#Zt&?b{sc0}BxcHO9djVFL}y{3H9`EECV@Q5^~k2?XT}f9Wg+4@ddU*;ErKLG}$M;vK@d0j1x_0O9i(F3{}>6Gi9)CMo+0R6{=XEAtN9_z(o-1_Uez?W+U)JqFhJ5)gkN584#s#_>An<P3!4_b)31lnFjH*4-2N2M<jDAKM5UHbmOc|Ms;vz{o4q1`RnE2kosG4$Ye40DsFI-Gghwbqij?-kv46$<@v94&&kl{CXZEzxOH)65tDV57w9q0J!K2*Y(vA7}E|W`0VyK79aKt8!y`x@CG6NApU{+^BD^sA?EHD7zIra4EEOtIv~K@4j;_;-vh|~^%>Xb;kClh!P?~J`sOhS@f77n@YMbijAT3R)&{}pRs**U^DntD6hO-4KInfzFB})kG}^$p{22n*15w7?5!(GC*QezD;0*QBCo1AoVeA4y{V*Zu=1D2<#n39N|2_0AwHmPrNHXU%K`7h-Kr;d=$+f`YFCX6CQ8ep;HcKzqRsZ+0yVcrO@dG0kI49%}#3IWr6A%jO{KgtVYAMtsJw|`z&McJ;6iF&&^A9(yF7-CoyZZO=IO;RS2_oMSJL+*n`}o=r2{i~C2KyzDCKmt+L4mYXHVDe-_y;>A9n%`w#oaOR)$7dgydBIa*Y!~m%Hj(m0mVxZ;w$J43#<tP&%^2=4A8O)(iG7V5d{F&+FSb_?I6U&9U{U4)MFJXB|qpjd+jJR2m00ONhkiJ0vv(Y{0_S6@gOJMJj5XYX5rv`Ycvh))MB9wMY_Vs2WA!Y|Ms88Y}EK8AT%73*B-k*;qm4x=suj>X{X=R1Mb`SatQL}tbfl1*P+kr{t^ia*tx$KC`5}U0KyvT++<D~%QYMw8V3v`=M&CmHdNZeHOp6j1=L993FhkC3>E~o{$Seg4fP}lAOHdE{p;m-JOF)`Bx~a745!T?1Nk@DkO}e_e-<Ig1x5M+0xi8MLjdP5$4j@GE+5m{$-?ghCEvKflI*?S@x&`2#L&Z3ETYNv>PM_CE6^3t#$E##>&CauODNvT@PG6511uCcZ@^qkG`ii!J<PzT$LyOEBMI{5@ksN({1fl`Ebc|NxD`DNGl4cN=O8jU0KmWvt<Nn)vZWNTDwhZ0-^ViDku=x%y%`)D>UTp|G8j$-(+}%2P16iRfB$w$DGKTT8Xf@k^Z_Qs5;5N_PRH0HKls}lw*Woz==V9w)~^x_`t{()&;!a7-vb5#*zhPG{=^>t0Uzf&zU+q1@A?Oo+0Rko&=0Is@YOQL-ex!Cg(yPv9x;L9<Sp3<CsC^N8}LmnTiYq&8T8l_9Uua`=3uuACJy`7_Z1TICIlPqzXL4#{J0+d-ZK9o_}#}N&-NrZ%kMKL2Z8?u5X%C|#8tu51p*xs#|Ic!9|~Lj#QGH%62lr9DD5>t5A)hWFEj1tM;Y$K5EH0>0mte(EDyy93MBLdFZ?3h#1IA|7~<Rk5AD_2?+F*}+3yS}9tt5k=nLx<)%D1M^Z5e(2ek$h`3b&5jkPV_<6IjMzaJ76`v1802?)kCBv0uQGWSLaEB-YF8w%3d9r@wO0y@<36!Zq_3;&cS^Fa;8oY3SpuL}<q8sFi~)BK|!`S%n-q7?D=D(>w<J|tck>!{2HHP`q)5Dy9o1L+CzkOj}LRN{a02=DjX?LrdRvH}iR=LTQ(rYJ*A!06)V6#jnzq7otv3$NAy0p&8H{t@v56Ur_d_D~Q+K0*oxxbyK4CDdNxIocTMTim=YIbt-=XZ`T1!DzH)=Frtu7@QV0;^!?|#@Zs>0`28nAHF&`$A1l_*yKqk><TVDGf7_4x?!dv{2dh@-aHB@3XIVizUKr(_mt{^ss1hd^kp3O-uK_l;b!<62JkM)Rr(2XQvdoV8}lLRFJ=1?p)AxV__#IH6xa_o_Uz*yG|jsH;uQA#H1QnP=o}vI3JmJ#Ci%+>0aXUz4ol@CKHg0)Oz!08KJLna4bz_LHT?0z;tS!%N&f!5>C^i%E#&~PF-+p~7U!}C_|YdI@Z#w7f3D3M3pw!D4*|CC1PLMk=>gig0sZ&u+6?&~8wtwl(>@OVe?C2AA`Jcd`v?CgBA!vN`ydGdJGHajRrCM`;p<lUBDx6>xzHvZ#wC}i2=wO~=N3Cb%LyYH{jKaB-6iPvAa1NJ@fIcNAwx$5{JL4x-&7ASILh(^;{G4~&#6w(8-Yd4$cx?emlM5{$Odm2<q8KjKFmNm-|GM_{T=<@$JPG5<1gdd)y>QK-Vm=?&(!$TwM0<Nt_KMtR2jk!?kdAhOn(T{XU;l18QKK|BO~*;F&^W;&~_o{`w}tu%on)M3DOhB^~eA$!t5h1^qoD@*)$H$tO`^v7#Gy|;0f0yIt9|*_wMWoB?W&m{~68^N-+8C?)>5c4-6v|r74ucrtl@^5TXJQ%n8k9_0%L6<$5B{fiw9R0tB)X|0K&V5<S@I5B^mkDg_4o4iMxKZY>|~;5^g1`t<ee5Y;gk2<P4i2<Wda=5m?+776CP<}hUt=nlWfS`NVSHG9!5_ahQff4VeOJptd?DA>f5;|`JVC;<q$*9P$G#>Ttzr{4Vn<GuR;;Tq&Y_|V?<|9>vdr1ugd8}o%8^&7C=GBD{7EgD)M01ZCY6#2^GF8;gF^i!?_3HR3I0UY4nNC_JJz9By(9l<R0)(sXF37F~f4etjhsw61`E1ePl7RdU<tt!H|qzn<$mH{S9Lkxciz#0rHAK(utx5vk<@zWI&-?r}~<UNu>-nse!o=JJ$y#yEDEbgmPt{2rQ4tnA#I?P0W`0DHV>i5vW@aiDv@JI0iAr1-}!tSQI&?FAj-^&f+=qTuI!M{!B!$T^#ffgDEIRC~Q6c^kWT`}2B4)swt8|Ov{2H(jPTr=j$>It(86V~|mu=1AG%m59^AIJs>$q5mE$L=K3*Fz)Gl?NCi{Pm>*74^+OODoRdC-V+C3)~{>9{J($4H*u>Bp}2V2IT$D4>REtOAQqX5F`W%>jM({{^|u01+NYGAPVIJ{Q7_R2kPAQ?D72x>K)_W_xcJ7(F;O0-0c$h2KZJIDfb8jk{+*ods`~C`uqAr+~Y>f$r~Bi^eFEn@Eir|-4hVjnc?H=<*szvf(*@}>W~Ugz3+eHI0_>q?bQCy4cg=#13~=W9uY_D%^E=h2+t@5;Ys@r>%-;#7#I&pyA>(r4uR(XBJBagra9R4&-XGuz#=GCGXO;}+Wq+-76b4l+9drc`VI~3-Oi`}%i}*S`Ry6&@ca$;<$omc{t@%Q3EUR!5%L}L)!^>f1qtl}9PRcT&KT$%#rxLYG5PoA>Jfpn(Gu_V^yc%~#O%r*^}RvLglRm)nG|&i;QX%kB?Z7cH$L*%IVm<I@9Z))<oVd@GD7jG@gmpL80Pu)+f4Q<1Q;;y>zAf6iQ`EHJmmbq>mwvd8ASa5Bmo<N4q*e-;Pejl$d=ON`_Ri}<@V?#73BAx;s5I;+r!(z0=?H5$nMAu2)x<}65{U@{UiP52S5D??)Cow0w9(C11j?S1q1jHApJBU1_0$7e;TFm4I|+M>-W|G?Fsk#<Si5eLm?Re`w~U+4+t6L;3W+p3BceA2<#&H-`hnFGv)K_4+GWT!Vty6!x=mj(G^xj`0;-j;|3iWCg$xuF!ci=2le<H5aQ_a1~B6aBi{rC4I%dh0uu4tMf2JI_kZ{b?g|1KOw$n`_4ma0KB4@>^R})GJrWH4(K_f9mJ^WS#vm5{xzYnA$|S;P$izLwmndKfu@pHW_sOC9!U*b7GJop8NecY#EA=|#Ecvw|ZZg!b=^4@TD(1}__ge1!?<E=pl>$;G7Pdn7$T%h<^!UyG`Yb~kzVOuk^MUjWP~$Vw&L;cq>kCdA&O`DWCOBi##QX^;DbZa5=*Sq<EGFRq?Bl-~2p6F76uI&L;y(oU^!ASJAN|iD=wIw48e{7Gc+e|<5$e<G2;kS&z8tp!>>CK!|NZ{k4hQAS&l?@{+P#!gz%%dzHO^<2u{!40-a;T*I{@RPz8B&xE*u;22Ib}E9sAHRJ^lgU9DfJ_#WLSTE{yu8MnO5)x6S_U&cXpJC*^n#;N%@c5gXD#5_Jbk(Y!6i`a=}>D<d%kzLs|iGfFYLUN9}-&$7Qe%o@fqJK%p1<?967Ao}eO@d~~D84i*e)6X&MI{fkP5x4yA0}TxT+57VL%;^K>9$lg(4B!e5zXur292g<|{wxFs`Tl|KO+zTm9!yVS-ovq-EIJxV_1`P&H&#AELgOV=v^>nOPt(7(c!^gr6UN}A$5Zg9;kLZ#&!?ijph31vzOF%mwDTV2!nnl6+5sw1C#W5_%hM)39iF!Swlb5|IlD$cx<NW((=yV5#0)w~OVC0zIz~&;Tt7ELH5LrBKU?o5@$1Qd6b}IjJtp$=x((h7Nj{O=*!K$E0^0WF0}k;G_u=Q{^5E_H6&~0M>F($n?D+0V3m*&S9JVL*=jq|^B<K6q@d(!(7YXp*><Jh={S*lF?N9gj`WqqrAn^kXt^_gjXA1IG_wWlG2loN~AOHgTGX(z_f&L>a|K|+('
SHAPES = [(32, 13), (16, 32), (64, 36), (64, 64), (6, 64)]
SCALES = [[0.00516175525,0.00353528582,0.00302671269,0.00508671952,0.00482209073,0.00430393033,0.00273368228,0.00386803341,0.00265214639,0.00492211292,0.00446270918,0.00362096867,0.00398629578,0.00292265369,0.00440438278,0.00429555448,0.00439611496,0.00370159186,0.00428343285,0.00444997707,0.00338568841,0.00329164113,0.0032946018,0.0040657171,0.00419371296,0.00354172988,0.00471873675,0.00421471801,0.00474522635,0.00339663797,0.00488204556,0.00433273008],[0.00507857371,0.00422517769,0.00388885266,0.00492409011,0.00477711437,0.00402372098,0.00369618018,0.00509248348,0.00485990662,0.00503612589,0.00401286967,0.00377939758,0.00429188646,0.00602541398,0.00429694494,0.00367799331],[0.00725593558,0.00693223253,0.00688945316,0.00878323149,0.00508266315,0.00528756203,0.0058443076,0.00950916111,0.00707576191,0.00491905259,0.00640687905,0.00418158062,0.00411737617,0.00531377411,0.00468007103,0.00729484251,0.00847949274,0.0058532143,0.00812479574,0.00359663554,0.00634720549,0.0066318647,0.00588060869,0.0065381499,0.0058656726,0.00342015014,0.00975875091,0.00759974867,0.00704171741,0.0031668481,0.00860110018,0.00403963309,0.00363111007,0.00797789078,0.00448007043,0.00729830377,0.00547624798,0.00619127089,0.00604621321,0.00817091018,0.00636606384,0.0066472115,0.00701075234,0.00677203853,0.00513966801,0.0032499989,0.00969007518,0.00634094328,0.00621527107,0.00600475259,0.00711649936,0.00517885387,0.00749132363,0.00460784324,0.00682950625,0.00673381798,0.00943303946,0.00615561521,0.0056159934,0.00443797186,0.00756144989,0.00854016375,0.00693357829,0.00517359143],[0.00862255599,0.00612292858,0.00583160343,0.00984581094,0.00723541435,0.00715719676,0.00564299989,0.00565999653,0.0073928386,0.00711307302,0.00760724302,0.0049330648,0.00659943651,0.00553583214,0.00776540907,0.00620410312,0.00823517796,0.00525290053,0.0110347793,0.00702610146,0.00522976229,0.00487259543,0.00771518797,0.00753822131,0.00472362759,0.00631560292,0.00470677484,0.00672092568,0.00573428301,0.00814259145,0.00628723996,0.00889265444,0.00768814562,0.0075772889,0.00447635446,0.00642849877,0.00431818049,0.00486719888,0.00845421292,0.00654426124,0.00680363411,0.00644531194,0.00642598094,0.0076116547,0.00685444521,0.00665869284,0.00717846723,0.00806368329,0.00646236213,0.00689649675,0.00807650294,0.0100790169,0.00451203808,0.00851060264,0.0068568592,0.00631957548,0.00533686858,0.0102344407,0.00893993303,0.00841044635,0.00560657633,0.00686176307,0.00837333407,0.00507979421],[0.00740338257,0.00404475955,0.00727308076,0.00773731805,0.0108063463,0.000720598327]]
BIASES = [[-0.0261762887,-0.0459991507,-0.0516072474,-0.036395859,-0.00538070267,0.00919211283,-0.0971351415,-0.110035181,0.0261048693,-0.127676934,-0.0735245198,-0.109165318,-0.142493546,-0.085819155,-0.0643716604,-0.0400022902,-0.00671338569,-0.0396282934,-0.00630983384,-0.0359697677,-0.0614466667,-0.118556872,-0.0739498734,0.0118655087,-0.0405446365,0.00856688991,-0.0648170188,-0.105127335,0.0620519817,0.0275824219,-0.0179132242,-0.123937055],[-0.105246857,-0.0692907125,0.0290776677,0.0124409581,-0.061502777,-0.0105600031,0.0184120499,0.00323465769,-0.00494911941,0.0105567528,-0.0117489342,-0.00357602001,-0.0784150064,-0.0226511732,-0.0189394951,-0.0258957893],[0.0108960411,0.0451918393,0.00271533802,0.0810502246,0.0953137502,0.0657237396,-0.0145474682,-0.0594290234,0.0659146011,0.0940819532,0.104437687,0.0103509724,0.0304891542,-0.124873117,0.0546490215,0.0646129623,-0.0273026023,0.0763905868,0.0215141978,0.0707816258,0.0248555485,0.0153238801,-0.121684164,0.0241634902,-0.00480029732,-0.0327096656,-0.00437288871,0.00266081793,-0.0505318828,-0.00372644141,0.00368025294,-0.048437614,0.0118889911,-0.0412070453,0.0279819686,-0.0168976653,-0.0372988768,-0.0937834457,0.094243966,-0.0214400887,-0.11093387,0.158283427,-0.0497003496,-0.180636138,-0.0659723058,-0.0034614543,0.00173970405,0.0323312804,-0.0560180061,0.00932914112,0.0713298246,0.0880581439,0.144252121,-0.0625688434,0.0740715116,0.0878544301,0.0687746257,-0.0922027379,0.0414025746,-0.0302231908,-0.00718330406,-0.0279369485,-0.0664726794,0.0730878338],[0.0624255575,0.0199207086,0.148191378,-0.294614255,-0.00579051301,0.00807165448,0.0230773892,0.0680388063,-0.320338547,-0.0946086347,-0.0655281171,-0.117612623,0.384870321,-0.0135615235,-0.125366971,0.00304259337,-0.149543449,-0.283218473,0.253973424,-0.00513547193,0.27639243,-0.0469081588,0.0323012806,0.103647113,-0.0531338677,-0.036400903,-0.135442942,0.0449045151,-0.0011940226,0.0182770044,-0.00581643544,-0.00519283675,-0.0213431474,-0.0326581262,-0.0617018342,0.0152544044,0.0462009795,-0.113663085,0.0574837625,-0.12329945,0.12376114,0.145055696,0.0189366583,0.00316259428,-0.0282947607,-0.0691395253,0.0286322534,-0.061754711,-0.0578617156,0.0468164273,-0.036395926,-0.157701209,0.115634046,-0.0188566688,-0.0407997482,0.003873999,-0.0142844738,0.243983254,-0.10775245,-0.0250312518,0.0113315014,0.0170169044,-0.115067959,-0.148440972],[0.0294417944,0.302086622,0.33136791,0.338918805,-0.163828209,-0.0111001367]]


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

    The blocker's Betas are skewed and their mean is a move it rarely samples. Measured with the shipped
    model on the fixed 2v2 games (`bench/decoding.py`): the blocker at its modes won +0.9 to +2.5 points
    more than at its means in each of four paired sets (1,024 to 4,096 games, four seeds); the runner at
    its modes too lost 1.6."""
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
