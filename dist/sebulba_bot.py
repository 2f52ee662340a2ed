"""Mad Pod Racing bot "sebulba_actor" by Sebulba's Legacy: a DeepSets policy trained with PPO.

Weights: int8 in Base85. Features, roles and decoding: the training environment's own code.
"""
import math
import sys

WEIGHTS = '?c5c*R36RJ>wymv@&N!21^oi`0{wsg+j}u~KPrEt_XSPe_w}j-`u^|z0{#;MJ`CA`8}6?uQS(`z0_cCNHR|6X2In36{Plq&_(<~o-|qC>8!7=d0|tMUM3eeE`$>N?6}vLwZhtWd4Kp7L%o!p$8gqZmEf5Im{VY=Z`Bn(%<R1nF4Cvp1`WWL68U+Uc0D=7ZBmn_Q@w>t&81#Pu-3r}mg@M@t8Wi;0FaB5g=t%eF@Da%x2L%U#8zA@~t0V>m0{RsYLI>x6Fn10f{R4mY`Ro1#*k{)T`~U=j4e$aL_Z12h^ydQq1_%Lx0^L>e;|lu#0D<`l4gmxU_Sf4M0S@dJ_JR8TG&u!-INA&5^CIx(FZT$p{{1W!{Q3@o2?zi0rYs~n*s}ETfgm*L=g{l;?GPOY^l%&sf0;1l0tW+u5&Jg>2~i?D2<6N5=Yb95_z~qYs)5DSwrlA2k|k~fm4DgT=g}Sz)y4Vuq;Fs<i$2kTk&!1ENyKu_BpL+^$_CAW`~od!LkKPJ>mpq&fj!Yy2F5HT)&>RjCQ=M;7sB=!iy#`#$qLB<<AE3SECDn{;0z@CuLUo-^gLHl00&sm@>DcX4Fm{c&=%#A{(sHt{35sr0?*&k5HApcB^wA`^24ts3KRSo`N`+SGY3q92zcdz2l55)8VB(f-~aI|{?@(T*#_??N)rSCA`9yTH`4V6g%GGA*CYR31s4u~2iXqu*)=@p69f7MOd}%Ez_1_s7~Iwz;OQ^g`5c`T7A&LkoCJZP1!f}D{t03o0Dlp}0Jj<I1NjXH77q|G1pwai+`a4yHtzob>MsTG6M_22?gatw;{Df~`s3#v8DuMeE8qL{;>Iul;Q=t<jl>Nv@%YMt;z0av>kja#2515)X4)O+6kz{Q7xM}<1%LQ~0KHcw4g|_3*6ac(3J$;t@Y^V@MJWLI@C(ZC%a8vq4+;_Y?I9EY4g>7V@PV@@Dgo-FrF9t5E<X0?_SOY3`uPV83i}Dc2<;5u=uItN3GLG*?|}sd4eJsR2h#S|{SNv60vPFk`TFwu+3XR@0`dd>>;4x63;FyA0IC>E#`xtC_a*0lBKhq@?Qj!Q8u$na1GX6a6$c?g<$o8O6~QkG=O!Z-+6@W%2@{O<)*1TgD+223-U<K>Dt`%?{pJiT7aK0|&GaBJ{Rzua2g|}5I_dWC^y})?{l>`rDae88?c2cHAL#8M@3HFV#URz?{|@Ba>+Dcf1*gWT_Cy*2)6#*j04y5K3jW{t3DWNk+%)vyDF^!R0_W(n{hsPSK!3Tt;VHfJ?JNrH81?EV6e;fI9ANS3{|LUuFge4F4$T?<3@g>ymGBP(FbtIpAO;255B(M}-~J8N0y`J;$OwVV6$cd_En*1t>G&h|*a`~_4i^6aA}|2oDf>Da=j8nb1^3#4^Y-W|1E=ltfebIe)&2h(<iQag?g!j5>D=Gg9SGj*+7q;L94plv5rM)loA)O26&*+Z?&Uc)5gz!>56HzG(c&-wCM}$I4nolNsHJv8FyzA&=t~a~A|&t=13vM*5-}Px>kq6EKJzYr3LXal5z~PKqZm=$F(d-@78U!H<JiM65&ZJ6;}QJ;(f6fr&|WUnR+SP#j5#&^@BHx!CguG2B>)XN1`6?k<mmp?^8&wc+Z_S*sVfx}6#(DjBMJ%R{uMss;u8ls44S4M1h0SW?+59)4fX>lxcLD8?E(A;M*jdA4*-Ai3jint?NkT<1Uy+z<j&~{2M7Wf`oYs08Abo_0Pj2xF#II|%|#pjKi|pA@yH|kMQj^?Bqm$#s1X41fA=sK3<xIY+653C2^#ht0OkJo^6~`b7B_Y$2<`jHM;Y<aof*q300dVB7XkhU*G<v>V<PN#IRfb}EJD741p^KqT?4uCmdg$EF<as86aJIu2lZ&!@8n2I6u;T97B7J+vjV_i&{^>CK-}3C6~!MI9@7-_`!EIW69x$*-{J=N787BC3$5w(J%0`*MFQ*+IV1=YE<DZ%_}k+S8Dk&?4FHM`64E@*1LGwqpG*qoKJ5Mn!}8+w3<DMt2u$$?4;2FO%L5kwM(uZj4eSIA>L>vL{QU&|P5S`={|Wu}1NsOE|9|iQ{vx3i^Y-)x0Q~m~`&sSITjx~~u^8&t<=Fe*9fKn$pU1w;6~p@-vl?lE@H`IZiO&`^e*iHe@H*q`1^6Bg`#T;7FxLdY_5JSW5g1$v(h}edNxP5;!^B<vN8W!B&?Iix(k=VvFt*)b+0niXK{B0A2^aL(Q#sN6vAQG$^9%s|0S)~F`oJI$)!+8|5&R$#1oyRp0}<3XGE)Tzfd#bZw<*8#8PE0p`LN>X14q{g*bdtLxA1|8!13xs6RQ&$mLUM$AkX&b0s84H-O=&w=O66%_4o4E@92R}`wsOMuXFwda2n7JFBkOi@YUk)_y7p}?MTT0^gn_72>na7{v!dsx_>+e4hA0S>>XMV`Rf((1XTC~DGSH`?%5X_{{-Wi_~jAi3a9iDyek4H-Wx6h_vrr&_5T<qIRe=A;r03>OdaTd9p^CW^noG<GqnW?3gizA8Vmi_%Mld)9~T5J0vi4jAN?tC<S^P$Wd6Vkt@ixn7XMum76KR}`9bpdBM00l-UR^}7aoDN+tl9#;1N6X`19xiDihEiFZdG&2<89x>iGiZ1Q_i5$Mrse%>woJHX$Gtfy^Dz@ge^3@*N8370%EUzvBVh`}F|z_#d6<$^hvrf}%ItBLH%Ae-{Sp46X_#G{T_{B4t;RGV3l*wC;Z&Cg%Rnf!_oB5C;ha`~mq5`U7jh^7HBp>-Lxs-U|E!5&szq<@*Nje<YX>+YLYUGBY<1+(p$Z7EJj1bs6Yz&jF+FJ|Bh^vhVmPAr&P7CkyiUDF5{X0{;vf@(~0l=6_N65Ev^)_2%sA{RRm1z1QzO4H-v5Kp+tl$_Ne$B2z>d>l-4!?A-O`gV+}TJ%1(A>vTQ^JqXwD1`z=h1ss7T>J&mH`Sjog(i)-c?hH)D5(Dt@IXxulfd?<kBK`>+>D3JTAjuF5?HUyP7ZvRD_U4e*^9%wh4AKq!@df<b0~_`a1K;Ne_Wb?}@&g;!2@1;;(&z(!=K}B|RrCW3me<(Z1Q{v}8|M5C^y=FK>Jakj>HZ7X=<k6{tMl0x6(s5h5diA<2nP=v{04s&^BNrYDJAp(=PWS|3Khwx1pWvF9I*}w@Yx0b=<_-X1PTfd799EHFDMWc?G60yBLC}u``#J!#K9&Sf9z-X$@x4e7T1|#_ad{~H|`-2OC8+aSRy%2@d@3H#rqrlQ5o|I1pm|q2@l*Q2i6B5_AK)23j+iE)#QKhBljB1`WDUl2(KUf|MeyeAqy+s?Fs+`?)c&~@%J48L@UXG+au)_Anbn$^V_!9VH^$iJOw)i82l&K?3D!$_ttAKx}5+00`A_`7PR~{ZQx-@{NgYK1pxg63>zKfBN7o=5Dxa;7Uf8P1TzTqMB}^ixZ|2U_bOxg;|L$`zYq!NOwrLt+w#%*9R-2l2p-ux)`vJM*uikO=-uh?<^mcG61(>eu;VTJ3-m<)?(^n<)n%XrOCHJinhE*;-r7SA))gi*@muHu5gZ>7_Wem5GVhy#%R)69?A<8qE(q}k>LEN3=n(1q3s4QgFC6XX#~0}GG$Vg63@0xA$|2bUe>Mb3A{MR%G4lW`3)$)g*6um$4jSza+Tc~&IR7l>#0V0_V(!cB_6X(J0|nP)86pqWSinJlIOzeGHu-6kItBH=%K$1Cr@rdp<sRwZ9u5l4$bpmH(f8)tArIg1z31n`#Q@wb?Xxc(Z|M6ex%$ue@!$L06yg3U6*Db=1?k}SDGM-p5nubvBswACh$==A6$uOX-wx{R9w+G??dJ6G1r#0Xpx}YV-U!<!JhH|R{o3XO8~+jM5e?f1EhX2$E%6W++X?0|P&cc8{t(4Qw>0q3e-bSn^Wqp6C=m${+y@lt3kd!m?d<vBD=bI2{vRjefA|#V(<0n7DQ-AZA1ehF1rgrqQVvT2H0;a`7u~241;IWK%s1~2eiP&%1^Hnr;L`ga79slpH3$(Q@9+mE`rk)^G6NU!_51V&ItKm>BK`Od0u6r#7w9t?{LvNg@*jCX=Gq<Q_xuV9qT@03Y6uzs91F+-7821OCBWbp_!=JN|MTGt)COdK@+vX`r21<87sSA@_a*TT`14ZhHzFIrKph<a{uKRL#K*Qe62IaD^?&nC1G(<oF$obB>$qzf`XUVgplSIK;rb`9;{(z!DjEa$14p(k9LcOy>K5&msK7%U<1@-66&f?vZr_0xW6H)6GBWH82$LV*{v<8)*}13*1t$jM`PUKo5$fl%-~KQ=+#?Ww8#u7B?chc;B~_f0{3p3RB>BAU>HIE?P#@RLO32&#Xfwy_0mb3RIvzD1E-K9u@+Ds=Q5WZ%@x<CYujDWw_74W@Dh5$#QXHDtAgUG|!~>l&n-G4R^$XO&#N6`S41cZ)&d%-D5GX|5{-M$@_FFsz<Tpn{DdF6&wfZR(rLk2d7XJYhGL!6eR0}ChCYDVXFy@~l6de&B**Zni!_XSbfjZ$u*|zuc+Dy#FD(K6l3o!rtB_0L_>j*Ez|Iqm#0}c-k^2`8X2^!o1>;Mn`d%xHn_QC>x5K-nQ+`Bv*5bqljFp;lRAO8L9>(kuj3>*RCLzjW+$g2nI05;;>UmZjLEAqVRB$qe|vIEjK)WbNy1{`SKj=l=i-Z&=K>ICNb2rC%u8N|aR<!cS`I2ZU4@*W21G7(YyD*h?LxxnL?yWqs?%k|05E*-55(hvkG3C+0DBL4mb30un;6$OF84gBs5>-irVIw5BZ;MorE)bH2*{{g)PCo}}(?F#D%1V1IV^6VY{67J{Zq$ErT&nWMK0kkIbNGr$U1{vbs_+a6z59bImDl!)(6Z!}H_ZBD3CKv9b8}%Lo{38K@+T<hv*Ages8O;&o01xZ~_yHcv;`9&T<P!|i{44|p;}zoa{So{F_Vnrc=J*j0>j3or0|OTI{U#CO?*Rl75)Sj&>GC?-3+fIH!7+dRm^uc(1Jeoi5G?f&_xj%R{X7t}?ePTu1050){OTMB;r}YqA^*A37U~WC`$Z6e{o@P`_#Ft^0_h9j?E}LP_~IG*;o2tu=N#|c(<&PW<_7`;)&cGX?hftM*A)EZIQ|R57W$Yn`VPnDMnqh5e>4gK7_>uj3&XA$0?pv}2l&?Ot;YGWQz<~MuBj&n*cJR02NT9b(%$>i_wpL+qZURP6ISrGL--01+M1z+p)qFc=W@KBT}5HPHBQnY>Cq`KdNLqYAL+OZMeJK5-^if9CMkb~OqkU5OV6_1fgKbp4p4Rp<{ka`&8zFAl=#uV&==#LDh?R|%M3g6BGl;JE)(qrAR6o(O8(Nn?HB_kEXhkX`6L%g`pB}V%=-af81vryCmzMz`{dpH7HbCAf$u!7{|n3b#1%No?Frt!Bdf_F5kJ}haLF0rJ1!FFN8tlj`5aM11XUk@9{2FP<=g)447+qo@d)G=8OS6$Rt^IW?BgjDJ;~Gd5&<Is%R@ugw9-HKuS4@Ipxy@ZvrNFa@dU25aq;=d;z`pRIT$nk{2K)3gvSId-4f)e*A6i4H%#im)a?kX@VdCGE8OWN1xo(*<SftJ6(;l&?}215DKH2B_Wt|>4DjwD*6mk+<Qezm6wCui3lZf60q_$Q^(*x&2>4?72K(<V6ZY8s6Z`QT0OREL2L}uK9P{PwANnpP=_?zv`{JTB+wTf>KpVu+H}!v7E&7w9<`W`Owdctb+3j`IM;qS=oaEo;7E9y|(WeCVHzRK{2>h@)?;jdG=Qb?{Wv$T44w)O@wInU~H4uOAJ^acNGQdVtoCNzs=hY24?b{vW&dCv(^;<#$^yb|f_W}+V8U*?^<s}*92_g*#OTya%=%gz6&Jzo>A~SU$Ci%zL<={YBr6sB@#JoO(4CyDs=++t5*ni~c*4oJ-4EAL+0`SpQ<wqC?9zTClT;1=q5Y+Sx+08W&9WD127v}&;YUwHw(Xt~MHz(#&4HYdzn=Ui0_|8bR(<J#qn))K>pj*A?0{8L5$0j{W0s7#=4&)8E=<0XZ5+WeYM7Pl(T@4z4!o?p$IqtOz2lO>N!4M_+$mACFyCM@m6GZFUsc^;=^BfB46(jxlBK!&i`Wd_V4e{^=>k|yU;rtf}5ee-R`tuV9GwFfxa?SKS{2TZm5ZWaP@d^<N0L1h*5(ew=>(>6|1-c*9+YsO<4gNWM2}aYzv+)){8a?;&0Nv;eDdW@L>-}5iDn{(03f0REIzPYuL#gl5FjOo1GTr?w`ucBwH{##%xFT9y5k^z!Gr08^hUtc#(G+9U6@R~nQBgM6^$qwTlMNL8O#vcS5VeH@FZvh<C>O<o7wK=MBOmWM1ojLZ>i-e$AqL%n8|(ZH@fq;j`|BeL^Yr-X_|_cw>;>}_(+Kg}?CLA><`E6(@g@op;vD(^{|5#7=>*l``2XvMfg9c^=`kK*8aT<V?A%TU-x3C~6B7$m2=b*40$mW*c{}8)DG=ujFD%Cq^_n%9WkNXC058cD+7&HO=Ktd|8r}KY4(0i;?Xfmk<_gd5`N%M13;zhL;rB`k_YmqGf#NA9+$mY_&)Giu0YK<V#s%mT-0B(R6!x^g{~@>Q!t0wX$Ehn<-5mGI=oj)n;wRneCDj3F*G2Is4L0-=Gc4*>Hh;G=0_zS!2hbbvSU)=F;zIQK|JyD)yD>UQH|n<W_5<7939UvS78gBYL+%D1D%L4{^wBOv6#~o=?-fBZ>ETMe^4$C2(-_@R``#Aara!ST@*aW7?CbOX`}X|@1Oiik><abc{oM&W6ch6C`|<4q@&N`14*ggG84c+N1pVjw_6GYL3;^)w0}2W71@-&_91c+r2;C6!!xr~82>EP06fpr7>B9<v`XTWJ-QMiu^bXGt+DASi$Y9{r7`^i<0W{xD3dQlvBV`HDGx-QA^&U_~`Ns=W?h+pIFajEg0}K&w6Dh{Q%IkkP^*SZ99p*3NU{}T`tl}(11@AsZ)vFlsKp6)r!SIyj)%-HM53|AL-W7iwGxZ6rxCgz}Cd5uN141EZO9#pWGUhK~;;S0>H`MLG9`iB$n(tzW=hEBej~&%4<JS(+r5v^y@!*ff2(t6O`0Mch*y^-G_7l|Y=I~zIB0{sO{`2Bp8}{tW#xNG*CLJZte-Q-_9Zm%E^qSBq2svZZLjU3&KNU3m7|yuG%qucH3K`=c8!4Z`%>*47{C^<I-YNCD9W>kC+y)-SDi-k8C?l>HPd5SmGsGF+0T%uEM#U{5;UHH-84>FX81o1E0PGX>`p*Ch{TJ~656S*C3?tVf^$sHpQ0?^o5!d@yB0KFO{L>>0`QZ%<41wHL0sZ{z_3_FGPYD3z+Z_8o)hjkIGSBg^t=gz6(6!go*JZo7UTq!$4%z)dVejn-G%@)v>jCl~Jb%vR=BOPU=Kwp;F1KdN<2)+B1fQ-K@u&<T11{I+F*ASaXd&_T3ZE<}#sIHGmDfeE2ir;HtIG<%_iH2Y=-%E2Gb|wf`R&j|&~Yss7p|8qpG9mgB6Rf+7##)kvC^6Pw;Cr#|8KLnRO(FjK@#qC*zmbGZ)y2o6xN;9O$i$D0nNky4H{H|7oY#&?G>p$<!A}+*Y#gf0>lCx01DCAl+*X-HSwW?6el{%9j`Sqd)>tDOf{`E(*m^{E`QtgbNxN>MIc6@SnO2W7OAF>s}nvT0wA>eAU&bZ!pG+#=vw};m<JWn07rq*!5UQV_2$i?8J^DgO)d2&V!H|6ULWb`H_IRr?-WQ(BN5%w#2gJrELkk$8WaZvz73C^fdKXD@H^4jIz9;T^6L`-{}Hk;R0I+cA2jkM^)<x*2l4aa1_(CxISDKikkds|ZQVCLsLA2rvL-%4BQX3c4=~>WAMDkC=HEOMJmb~++c5iO9=`>=>5~Vl{-qh>AmZuR6i~GH2K1<|=}QweMdbCq+u*353DjaS4jv6M;SKdvG#?vOEZ=G+RqKQ*6Yn}b&KWWBw68JZi!AUF(bEG3!3yu<1N?!e3n5BHY|baZ0r<Vx?wvwg2?($*TB=@qAo2IQ_XSV}T#U(a)Uh-_A0l8|?Z0oN9e%w_k>1qZz4F`tHyxvaD&j85Ll7+c_$kofC?WDQ-1=Fu#4r9L7Ucd5=;sjJ*5k~~$jAAC=I0p=t~>163riPDAoS2b4%H3{#pln``%GXcC+q~K`|AxJ@0b;L8W#`s*RlgM9y*y5;@=)xCB=_RUfJa!-c20^r<6Yakx~{aje#X0;2-R=4dAG{{@wyM{{Ac)G&t|_^VH`N-|){6;MgxI>>b+RMfyLlRs8`wvGcMVLPh>B`k_A_69gpl_6>pc4=y#>_`u8tfgCLvP232(>)OH870@a>79A94F7O%q2;v<uw(Bq<4D{;>`a2Xy=-4mn0O0n*y9*Qn4hi_>=}qqrzWv|up36HDRm;uWw)@=y<@^uWbMYtAEF~;8G4=~s!SwSrAu{v)>@)yT&hrDF4MP$OzS#`1@d*ha;(y8a)ffTy68zN0iXW=;I_D!X2mT`E3g#j%`5-aG56%?q1<?RGwm&u~(NE#X<?Q;L5-8$L{SFJv8GIsv*9GVn?i?gML^<vj`T5d03kzx+;_q<d0m<yef$pZz?>U~;B1ixG{4!541rFm3Juwp>);p~l3_Pa-CgDjj&e#9&Hvms0<p=lJG{1@r%brH?0RijIY9DA0e<aNn0NH5>jpdjyk>P91Rq92sro#ZQ?LrR&z67r11Y%0|{MxHB+)5+Xfx%epNW(DR@&b`BaSq<#Q6s%SHV+f<7bG}4A+?)3CEYvhu?zy}CAt*TLnICM#@<&)9#8eu1PzZXixvn7?fDA&{uJQg1O8Zl>=fk9_}ArCLnGVf0`UL<|MLLf)&_F;_aEH)0`27FA1KHR4F1sV7fT?ZA;J9-2og{b$r*1CYXZgY`tuIQ675DK0v1g3EY#U4725bd#l;>nAMV>G6C5fi=i5fX)+D<8y9NJCB?rk2ooj(n>_6z**~<eK_%2Kr3{(Qz=mQ5Sv-N?j)f+0>-A%;ADh)ElB{0)H#@zfgDkBdq`o<9X1@I9f^~s#}5AZ(78`T8w72o9q?RQZ6AAiI*8SeTJr2do|%KI`a1ZttWPXsgSDiz{F-tf^CM+g~6{@CdyA`~_G_QLV(BR)LL7{lub?A94tP%n4?2QlK0D(p5;+4{T4xC1I7_ca9vD%wunLHeypu+kHMS2RN~(3VvK4IgDd&Cj6yyE-Jv4WgJ3=s!(WCmH+g!QlwK^~gwI75eAf2i)%(7Ax^V)XP~uNbleVw(=P>&M;lft=>QE$};9h%J=3Hxd$A&G#r7u1P2<{)8rN)w&pt8D-z`A{{(vJ4N0tl!R;6l7b%`Mu>d%`ML`n#8{I4DBPp~93YiA@R}@erC)~~{%vv-v_3D2w;qWUI5YQLpTiFsK>QFvK5-HvK^<4n3wuGwXRs5a+5j5phBi#!g0C&SHPvF+*1hy<9B1#9_+qkPI000W#1q2HF3+@c}1^D*sBKbDe8Q}*5^#J?$fxz<h6a@C%_5$ek@ckC@^!)=c84D5v`v3X~|04F^0`=Fxx(xN{w(iDE9o-n*wn#8Zwm~rNw86#G<40215XJtRFk>F08$jJ?%|KB-e<h*h_`@N?$KrCwuq(<(JQ%k3FVas(K>13n2D~53Yp1r=G`2D!KtD21;Tx{><`3#>L!z`kB*pajH^nBww|^;05(lwaD+RnxN<2iczrrOX?>-sK7CiIy%`B-yCIR!uFzm_I5YZOtfA0VcjJ2BT?9T4*ya+iK-7QMf_wgJrJ3A)_?Z4aQ^WftG6b8q-0RZj+05Adp|0?nM`27L?{s8m@1o!{_H2MA$6$>{0_XYp}`u_j{{{#8|0RRB@gaQ8i|9=Mg{rmv$0ssO6'
SHAPES = [(32, 13), (16, 32), (64, 36), (64, 64), (6, 64)]
SCALES = [[0.00567011768,0.00707840268,0.00417699432,0.0115646403,0.00419295114,0.00765297143,0.00774118677,0.0027031519,0.00564751355,0.00579857267,0.00923319627,0.0123346224,0.00448009046,0.00594613794,0.00646805903,0.00453633349,0.00669194432,0.0100131985,0.0102749914,0.0119370082,0.0085424073,0.00396827748,0.00765732396,0.00463989703,0.00651993742,0.00632784888,0.00515284063,0.00245013647,0.00455916021,0.00250054477,0.00619869074,0.00501582399],[0.0110211577,0.00507736579,0.00471132854,0.0113611706,0.0048554712,0.00494859461,0.00927327108,0.0103570707,0.00543901836,0.00719970511,0.00558969239,0.0127127254,0.0182459503,0.0103329467,0.00928380247,0.00648610014],[0.00489841867,0.00541965431,0.00494435197,0.00697734766,0.00653820857,0.00711694686,0.00521664228,0.00417460687,0.00483470503,0.00547846453,0.00654274411,0.0109324073,0.00619957922,0.0073766089,0.0058479053,0.00469736569,0.00762759568,0.00544915954,0.00606176583,0.026630329,0.00418949733,0.00573912356,0.0044992622,0.00723941484,0.00483609876,0.00634747837,0.00624099327,0.00585218007,0.00677984999,0.00724300183,0.00675758859,0.0077973851,0.00750321057,0.00330108404,0.00713178422,0.00463998504,0.0091005573,0.00509098452,0.00481284223,0.00700562308,0.00949528906,0.00697735511,0.00912131555,0.00767856231,0.00430317968,0.00892336573,0.00571213849,0.00480602914,0.00677405717,0.00554437982,0.00480007799,0.00545081683,0.00593372015,0.00775496941,0.00463237334,0.0067218123,0.00529577024,0.00596361654,0.0050612851,0.00685786083,0.00572903873,0.00664866623,0.0105873374,0.00676517189],[0.00553224515,0.00686855474,0.00805498566,0.00711909123,0.00730084768,0.00967142172,0.00848092418,0.00623026118,0.0108618746,0.013693111,0.0131161055,0.0128520057,0.00643919874,0.0055117039,0.00665360456,0.00897758082,0.00804229639,0.00513079064,0.0169839822,0.00695664762,0.0077225212,0.00659189606,0.00648999773,0.00601809891,0.0139338197,0.0090498887,0.00560144987,0.0178769082,0.00733732665,0.00953985564,0.00783770345,0.00856310595,0.0210464112,0.00991543848,0.00764207775,0.00618983712,0.00695533119,0.0083258599,0.0133328522,0.00595685327,0.00762706809,0.00594978174,0.0048691486,0.00744041102,0.0066861026,0.00454727095,0.00794000924,0.00520371087,0.00959763024,0.00652428996,0.00807355996,0.00785431918,0.00671181874,0.00879722461,0.00660909945,0.00693248771,0.00570755126,0.0113607068,0.0070213154,0.00833141617,0.00771503476,0.00726847723,0.00783058256,0.00694682868],[0.0128475465,0.0100022778,0.00900373887,0.00910237618,0.00965776574,0.0161977354]]
BIASES = [[-0.113821648,-0.601923585,-0.0858409777,0.423713684,0.0383659415,0.0467852466,-0.00533351675,-0.101667538,0.179355368,-0.106047273,0.00609785039,-0.598933041,0.179408714,-0.0427091941,0.0124371005,-0.183463365,0.00818899926,0.0854168907,0.189454511,0.213885531,0.149816215,0.091365166,-0.244741067,0.165762588,-0.125198439,-0.329708546,-0.232769251,0.0269109532,0.10083884,0.0261361897,-0.0052282759,0.0958938748],[0.0336105935,-0.0862074718,0.0689630285,-0.130481064,0.0188297071,-0.0340847336,-0.0525598861,0.00630220398,-0.0634440333,-0.0977916345,-0.111999519,0.0105435848,0.00754024321,0.00574185653,-0.104496829,-0.126077697],[-0.13780047,-0.0158223137,0.0941071212,0.14219822,0.199437127,-0.0651232824,0.137021139,0.0103126774,-0.0219025314,-0.014212504,-0.0995138064,0.153621569,0.191294968,-0.0615062378,0.165958986,0.193825006,0.119342841,0.087197572,-0.0139428573,0.543126285,-0.091296345,-0.00686593028,0.156794399,0.0510839336,-0.0581989549,-0.00971783791,-0.0436408632,-0.105887547,0.0473439768,0.0152386138,0.186019242,-0.0813019872,-0.025211649,-0.124020025,-0.0923363939,0.183709711,-0.0561799407,0.0170218255,0.0126547329,-0.0128903519,0.0292904265,-0.0600763001,0.191228703,0.144491613,-0.153783664,-0.0287314523,0.16667071,0.00441475725,0.05408784,0.0881532207,-0.0897664726,0.15059717,-0.106111787,-0.0938812122,-0.0671657547,-0.0371141247,-0.0627236217,0.0404317379,0.12125168,-0.136111304,0.20645006,0.0531497821,0.142006308,-0.087743856],[-0.102333978,-0.146977037,-0.0356231667,0.0198030714,-0.0164796002,-0.0966676548,0.0861617401,-0.0591036081,0.138491407,0.033958476,0.190061182,-0.0324848145,-0.0890159607,0.0390119813,-0.10831321,0.0224575605,-0.0318193436,-0.0482661314,0.219456464,-0.0953231305,0.00193537341,0.0432828516,-0.124762975,-0.133024797,-0.329732031,-0.268555731,0.210657865,0.0677839369,-0.267709285,-0.0483230054,-0.0684115887,0.0484561473,0.258249044,0.0786957443,0.155524775,0.115276441,-0.0343044177,-0.0276479889,-0.137959391,-0.0600469746,0.0421208218,-0.109248802,-0.145573765,0.0532743745,-0.00945335068,0.193227828,0.0105740186,-0.048889935,0.11478512,-0.00840901211,-0.207916826,0.0572549962,-0.0734492838,-0.302464664,-0.0471387282,0.129115716,-0.0755613819,-0.0672813505,-0.101881184,0.133343115,-0.236179978,0.0731663108,0.0158204213,-0.0183083005],[0.114492871,-0.00813554134,0.0689512789,-0.0570284016,-0.269016266,-1.77143967]]


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
