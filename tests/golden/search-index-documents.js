// sok/index/meta.js
insynSearch("meta",{"version":1,"chunk":16,"count":27,"fold":{"A":"a","B":"b","C":"c","D":"d","E":"e","F":"f","G":"g","H":"h","I":"i","J":"j","K":"k","L":"l","M":"m","N":"n","O":"o","P":"p","Q":"q","R":"r","S":"s","T":"t","U":"u","V":"v","W":"w","X":"x","Y":"y","Z":"z","À":"a","Á":"a","Â":"a","Ã":"a","Ä":"ä","Å":"å","Æ":"ä","Ç":"c","È":"e","É":"e","Ê":"e","Ë":"e","Ì":"i","Í":"i","Î":"i","Ï":"i","Ð":"d","Ñ":"n","Ò":"o","Ó":"o","Ô":"o","Õ":"o","Ö":"ö","Ø":"ö","Ù":"u","Ú":"u","Û":"u","Ü":"u","Ý":"y","Þ":"þ","à":"a","á":"a","â":"a","ã":"a","æ":"ä","ç":"c","è":"e","é":"e","ê":"e","ë":"e","ì":"i","í":"i","î":"i","ï":"i","ð":"d","ñ":"n","ò":"o","ó":"o","ô":"o","õ":"o","ø":"ö","ù":"u","ú":"u","û":"u","ü":"u","ý":"y","ÿ":"y","Ā":"a","ā":"a","Ă":"a","ă":"a","Ą":"a","ą":"a","Ć":"c","ć":"c","Ĉ":"c","ĉ":"c","Ċ":"c","ċ":"c","Č":"c","č":"c","Ď":"d","ď":"d","Đ":"d","đ":"d","Ē":"e","ē":"e","Ĕ":"e","ĕ":"e","Ė":"e","ė":"e","Ę":"e","ę":"e","Ě":"e","ě":"e","Ĝ":"g","ĝ":"g","Ğ":"g","ğ":"g","Ġ":"g","ġ":"g","Ģ":"g","ģ":"g","Ĥ":"h","ĥ":"h","Ħ":"h","ħ":"h","Ĩ":"i","ĩ":"i","Ī":"i","ī":"i","Ĭ":"i","ĭ":"i","Į":"i","į":"i","İ":"i","ı":"i","Ĳ":"ij","ĳ":"ij","Ĵ":"j","ĵ":"j","Ķ":"k","ķ":"k","ĸ":"k","Ĺ":"l","ĺ":"l","Ļ":"l","ļ":"l","Ľ":"l","ľ":"l","Ŀ":"l","ŀ":"l","Ł":"l","ł":"l","Ń":"n","ń":"n","Ņ":"n","ņ":"n","Ň":"n","ň":"n","ŉ":"n","Ŋ":"n","ŋ":"n","Ō":"o","ō":"o","Ŏ":"o","ŏ":"o","Ő":"o","ő":"o","Œ":"oe","œ":"oe","Ŕ":"r","ŕ":"r","Ŗ":"r","ŗ":"r","Ř":"r","ř":"r","Ś":"s","ś":"s","Ŝ":"s","ŝ":"s","Ş":"s","ş":"s","Š":"s","š":"s","Ţ":"t","ţ":"t","Ť":"t","ť":"t","Ŧ":"t","ŧ":"t","Ũ":"u","ũ":"u","Ū":"u","ū":"u","Ŭ":"u","ŭ":"u","Ů":"u","ů":"u","Ű":"u","ű":"u","Ų":"u","ų":"u","Ŵ":"w","ŵ":"w","Ŷ":"y","ŷ":"y","Ÿ":"y","Ź":"z","ź":"z","Ż":"z","ż":"z","Ž":"z","ž":"z","ſ":"s"},"groups":[["Testnämnden",2019,"Testplan 2019","goal",0,1],["Testnämnden",2019,"Väsentlighets- och riskanalys","goal",1,1],["Testnämnden",2019,"Väsentlighets- och riskanalys","risk",2,2],["Testnämnden",2019,"Väsentlighets- och riskanalys","section",4,1],["Testnämnden",2019,"Internkontrollplan","control",5,1],["Testnämnden",2019,"Projektbilaga","project",6,1],["Testnämnden",2019,"Kompetensförsörjningsplan","activity",7,1],["Testnämnden",2019,"Verksamhetsberättelse","activity",8,1],["Testnämnden",2019,"Verksamhetsberättelse","goal",9,3],["Testnämnden",2019,"Verksamhetsberättelse","indicator",12,2],["Testnämnden",2019,"Verksamhetsberättelse","section",14,3],["Testnämnden",2019,"Verksamhetsberättelse","table",17,2],["Testnämnden",2019,"Budget och investeringar","section",19,1],["Testnämnden",2019,"Budget och investeringar","table",20,1],["Testnämnden",2019,"Plan för upphandling","procurement",21,6]],"shards":["0,","00","01","03","04","1,","1.","10","11","12","15","17","18","2,","20","21","3,","30","31","4,","5,","70","75","9,","al","an","ar","av","be","bo","bu","ci","de","di","dr","ek","el","en","es","et","ex","fe","fi","fö","gr","gö","ha","he","hr","hå","in","jo","k1","ko","kr","kv","ly","ma","me","mi","mn","mä","må","nä","nå","oc","pe","pl","pr","ra","re","ri","sc","se","sj","so","sp","st","su","sy","te","tj","to","un","up","ut","va","vb","ve","vp","vu","vä","yr","är","äv","år"],"sizes":[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1],"exact":["1","2","3","4","5","6","9","a","b","i","x","y"]});
// sok/index/r0.js
insynSearch("r0",[["org/2019/index.html","","1.1.1","Kvinnor och män studerar eller arbetar",""],["org/2019/vor/index.html","mal-1-1","1.1","Människor är självförsörjande",""],["org/2019/vor/index.html","risk-1","1","Fel studerande antas","Antagning. Antagning enligt prioriteringslista. Anna Andersson"],["org/2019/vor/index.html","risk-2","2","Driftstopp i systemet","Antagning. Antagning enligt prioriteringslista. Anna Andersson"],["org/2019/vor/index.html","","","Väsentlighets- och riskanalys","Alla som har en stjärna ★ finns även i internkontrollplanen."],["org/2019/kontrollplan/index.html","kontroll-K1","K1","Uppföljning av antagningsstatistik","Antagning. Antagning enligt prioriteringslista. Stickprov. Bo Berg"],["org/2019/projekt/index.html","projekt-spangen","","Spången","Kompetensförsörjning.. Jobbtorg Stockholm. ESF finansierade projekt, nämnden är projektägare. september 2018- december 2021. 30,7 miljoner kr"],["org/2019/kompetens/index.html","aktivitet-1","","Kompetenshöjande insatser","Utveckla. HR-staben"],["org/2019/verksamhetsberattelse/index.html","aktivitet-A1","","Gör något",""],["org/2019/verksamhetsberattelse/index.html","mal-1","1","Ett hållbart test",""],["org/2019/verksamhetsberattelse/index.html","mal-1-1","1.1","Människor är självförsörjande","Uppfylls helt. Målet nås."],["org/2019/verksamhetsberattelse/index.html","mal-1-1-1","1.1.1","Kvinnor och män studerar eller arbetar","Uppfylls helt. Beskrivning.. Resultat.. Analys med betoning."],["org/2019/verksamhetsberattelse/index.html","indikator-I1","","Andel i arbete","Utfall 75 %. Målvärde 70 %. VB 2019"],["org/2019/verksamhetsberattelse/index.html","indikator-I2","","Antal deltagare","Utfall 20 st. Målvärde 15 st. VB 2019"],["org/2019/verksamhetsberattelse/index.html","verksamhetsberattelse-inledning","","Inledning","Text."],["org/2019/verksamhetsberattelse/index.html","verksamhetsberattelse-ekonomi","","Ekonomi",""]]);
// sok/index/r1.js
insynSearch("r1",[["org/2019/verksamhetsberattelse/index.html","verksamhetsberattelse-analys","","Analys","Mer text."],["org/2019/verksamhetsberattelse/index.html","tabell-t","","Deltagare","Totalt. Kvinnor. Män. A 10 4 6. B 5 2 3. Totalt 15 6 9"],["org/2019/verksamhetsberattelse/index.html","tabell-ekonomi","","Utfall, mnkr","Budget. Utfall. Resultat. %. X 10,0 12,1 -2,1 -21,0%. Y 5,5 5,0 0,5 9,1%. Summa 15,5 17,1 -1,6 -10,3%"],["org/2019/budget/index.html","blankett-resultatenheter","","Resultatenheter 2021","Fördela resultatenheterna per verksamhetsområde.. Inga resultatenheter"],["org/2019/budget/index.html","tabell-investeringar","","Investeringsbudget 2021 och kommande år (Prognos (mnkr))","Prognos 2020. VP 2021. Plan 2022. Plan 2023. Plan 2024. Plan 2025. Inventarier och maskiner 3,0 4,0 4,0 4,0 4,0 4,0"],["org/2019/upphandling/index.html","upphandling-1","1","Gröna investeringar \u003c/script>\u003c!-- \"citat\" \u2028rad","Externa tjänster, 1013, 101810. Jobbtorg Stockholm. Arbetsmarknadsinsatser. 2021-01-01. 2021-01-01 - 2021-12-31. 3 000 000 kr. Tjänst"],["org/2019/upphandling/index.html","upphandling-2","2","Innovation ungdomsinsatser","Externa tjänster, 1013, 101810. Jobbtorg Stockholm. Arbetsmarknadsinsatser. 2021-01-01. 2021-01-01 - 2021-12-31. 2 000 000 kr. Tjänst"],["org/2019/upphandling/index.html","upphandling-3","3","Ramavtal yrkesutbildningar","Externa tjänster, 1013, 101810. Jobbtorg Stockholm. Arbetsmarknadsinsatser. 2021-11-01. 2021-11-01 - 2024-10-31. 18 000 000 kr. Tjänst"],["org/2019/upphandling/index.html","upphandling-4","4","Innovation insatser vuxna","Externa tjänster, 1013, 101810. Jobbtorg Stockholm. Arbetsmarknadsinsatser. 2021-01-01. 2021-01-01 - 2021-12-31. 3 000 000 kr. Tjänst"],["org/2019/upphandling/index.html","upphandling-5","5","Digitalt lyft av jobbtorg och SYV","Externa tjänster, 1013, 101810. Jobbtorg Stockholm. Arbetsmarknadsinsatser. 2021-01-01. 2021-01-01 - 2021-12-31. 1 000 000 kr. Vara"],["org/2019/upphandling/index.html","upphandling-6","6","Handledning,","Externa tjänster, 1013, 101316. Jobbtorg Stockholm. Arbetsmarknadsinsatser. 2021-01-01. 2021-04-01 - 2025-03-31. 5 000 000 kr. Tjänst"]]);
// sok/index/t00.js
insynSearch("t00",{"w":[["000","",[],[21,1,1,1,1,1]]],"p":[]});
// sok/index/t01.js
insynSearch("t01",{"w":[["01","",[],[21,1,1,1,1,1]]],"p":[]});
// sok/index/t03.js
insynSearch("t03",{"w":[["03","",[],[26]]],"p":[]});
// sok/index/t04.js
insynSearch("t04",{"w":[["04","",[],[26]]],"p":[]});
// sok/index/t0_002c.js
insynSearch("t0_002c",{"w":[["0,5","",[],[18]]],"p":[]});
// sok/index/t10.js
insynSearch("t10",{"w":[["10","",[],[17,6]],["10,0","",[],[18]],["10,3","",[],[18]],["1013","",[],[21,1,1,1,1,1]],["101316","",[],[26]],["101810","",[],[21,1,1,1,1]]],"p":[]});
// sok/index/t11.js
insynSearch("t11",{"w":[["11","",[],[23]]],"p":[]});
// sok/index/t12.js
insynSearch("t12",{"w":[["12","",[],[21,1,2,1]],["12,1","",[],[18]]],"p":[]});
// sok/index/t15.js
insynSearch("t15",{"w":[["15","",[],[13,4]],["15,5","",[],[18]]],"p":[]});
// sok/index/t17.js
insynSearch("t17",{"w":[["17,1","",[],[18]]],"p":[]});
// sok/index/t18.js
insynSearch("t18",{"w":[["18","",[],[23]]],"p":[]});
// sok/index/t1_002c.js
insynSearch("t1_002c",{"w":[["1,6","",[],[18]]],"p":[]});
// sok/index/t1_002e.js
insynSearch("t1_002e",{"w":[["1.1","",[1,9],[]],["1.1.1","",[0,11],[]]],"p":[]});
// sok/index/t1_003d.js
insynSearch("t1_003d",{"w":[["1","",[2,7,12],[25]]],"p":[]});
// sok/index/t20.js
insynSearch("t20",{"w":[["20","",[],[13]],["2018","",[],[6]],["2019","",[],[12,1]],["2020","",[],[20]],["2021","",[19,1],[6,15,1,1,1,1,1]],["2022","",[],[20]],["2023","",[],[20]],["2024","",[],[20,3]],["2025","",[],[20,6]]],"p":[]});
// sok/index/t21.js
insynSearch("t21",{"w":[["21,0","",[],[18]]],"p":[]});
// sok/index/t2_002c.js
insynSearch("t2_002c",{"w":[["2,1","",[],[18]]],"p":[]});
// sok/index/t2_003d.js
insynSearch("t2_003d",{"w":[["2","",[3,19],[17]]],"p":[]});
// sok/index/t30.js
insynSearch("t30",{"w":[["30,7","",[],[6]]],"p":[]});
// sok/index/t31.js
insynSearch("t31",{"w":[["31","",[],[21,1,1,1,1,1]]],"p":[]});
// sok/index/t3_002c.js
insynSearch("t3_002c",{"w":[["3,0","",[],[20]]],"p":[]});
// sok/index/t3_003d.js
insynSearch("t3_003d",{"w":[["3","",[23],[17,4,3]]],"p":[]});
// sok/index/t4_002c.js
insynSearch("t4_002c",{"w":[["4,0","",[],[20]]],"p":[]});
// sok/index/t4_003d.js
insynSearch("t4_003d",{"w":[["4","",[24],[17]]],"p":[]});
// sok/index/t5_002c.js
insynSearch("t5_002c",{"w":[["5,0","",[],[18]],["5,5","",[],[18]]],"p":[]});
// sok/index/t5_003d.js
insynSearch("t5_003d",{"w":[["5","",[25],[17,9]]],"p":[]});
// sok/index/t6_003d.js
insynSearch("t6_003d",{"w":[["6","",[26],[17]]],"p":[]});
// sok/index/t70.js
insynSearch("t70",{"w":[["70","",[],[12]]],"p":[]});
// sok/index/t75.js
insynSearch("t75",{"w":[["75","",[],[12]]],"p":[]});
// sok/index/t9_002c.js
insynSearch("t9_002c",{"w":[["9,1","",[],[18]]],"p":[]});
// sok/index/t9_003d.js
insynSearch("t9_003d",{"w":[["9","",[],[17]]],"p":[]});
// sok/index/t_00e4r.js
insynSearch("t_00e4r",{"w":[["är","",[1,9],[6]]],"p":[]});
// sok/index/t_00e4v.js
insynSearch("t_00e4v",{"w":[["även","",[],[4]]],"p":[]});
// sok/index/t_00e5r.js
insynSearch("t_00e5r",{"w":[["år","",[20],[]]],"p":[]});
// sok/index/ta_003d.js
insynSearch("ta_003d",{"w":[["a","",[],[17]]],"p":[]});
// sok/index/tal.js
insynSearch("tal",{"w":[["alla","all",[],[4]]],"p":[]});
// sok/index/tan.js
insynSearch("tan",{"w":[["analys","analy",[16],[11]],["andel","",[12],[]],["andersson","",[],[2,1]],["anna","ann",[],[2,1]],["antagning","",[],[2,1,2]],["antagningsstatistik","",[5],[]],["antal","",[13],[]],["antas","ant",[2],[]]],"p":[["analys",[4],[]]]});
// sok/index/tar.js
insynSearch("tar",{"w":[["arbetar","arbet",[0,11],[]],["arbete","arbet",[12],[]],["arbetsmarknadsinsatser","arbetsmarknadsinsats",[],[21,1,1,1,1,1]]],"p":[]});
// sok/index/tav.js
insynSearch("tav",{"w":[["av","",[5,20],[]]],"p":[]});
// sok/index/tb_003d.js
insynSearch("tb_003d",{"w":[["b","",[],[17]]],"p":[]});
// sok/index/tbe.js
insynSearch("tbe",{"w":[["berg","",[],[5]],["beskrivning","",[],[11]],["betoning","",[],[11]]],"p":[]});
// sok/index/tbo.js
insynSearch("tbo",{"w":[["bo","",[],[5]]],"p":[]});
// sok/index/tbu.js
insynSearch("tbu",{"w":[["budget","",[],[18]]],"p":[["budget",[20],[]]]});
// sok/index/tci.js
insynSearch("tci",{"w":[["citat","cit",[21],[]]],"p":[]});
// sok/index/tde.js
insynSearch("tde",{"w":[["december","decemb",[],[6]],["deltagare","deltag",[13,4],[]]],"p":[]});
// sok/index/tdi.js
insynSearch("tdi",{"w":[["digitalt","",[25],[]]],"p":[]});
// sok/index/tdr.js
insynSearch("tdr",{"w":[["driftstopp","",[3],[]]],"p":[]});
// sok/index/tek.js
insynSearch("tek",{"w":[["ekonomi","",[15],[]]],"p":[]});
// sok/index/tel.js
insynSearch("tel",{"w":[["eller","ell",[0,11],[]]],"p":[]});
// sok/index/ten.js
insynSearch("ten",{"w":[["en","",[],[4]],["enligt","enl",[],[2,1,2]]],"p":[]});
// sok/index/tes.js
insynSearch("tes",{"w":[["esf","",[],[6]]],"p":[]});
// sok/index/tet.js
insynSearch("tet",{"w":[["ett","",[9],[]]],"p":[]});
// sok/index/tex.js
insynSearch("tex",{"w":[["externa","ext",[],[21,1,1,1,1,1]]],"p":[]});
// sok/index/tf_00f6.js
insynSearch("tf_00f6",{"w":[["fördela","fördel",[],[19]]],"p":[]});
// sok/index/tfe.js
insynSearch("tfe",{"w":[["fel","",[2],[]]],"p":[]});
// sok/index/tfi.js
insynSearch("tfi",{"w":[["finansierade","finansier",[],[6]],["finns","finn",[],[4]]],"p":[]});
// sok/index/tg_00f6.js
insynSearch("tg_00f6",{"w":[["gör","",[8],[]]],"p":[]});
// sok/index/tgr.js
insynSearch("tgr",{"w":[["gröna","grön",[21],[]]],"p":[]});
// sok/index/th_00e5.js
insynSearch("th_00e5",{"w":[["hållbart","",[9],[]]],"p":[]});
// sok/index/tha.js
insynSearch("tha",{"w":[["handledning","",[26],[]],["har","",[],[4]]],"p":[]});
// sok/index/the.js
insynSearch("the",{"w":[["helt","",[],[10,1]]],"p":[]});
// sok/index/thr.js
insynSearch("thr",{"w":[["hr","",[],[7]]],"p":[]});
// sok/index/ti_003d.js
insynSearch("ti_003d",{"w":[["i","",[3,9],[4]]],"p":[]});
// sok/index/tin.js
insynSearch("tin",{"w":[["inga","ing",[],[19]],["inledning","",[14],[]],["innovation","",[22,2],[]],["insatser","insats",[7,17],[]],["internkontrollplanen","internkontrollplan",[],[4]],["inventarier","inventari",[],[20]],["investeringar","investering",[21],[]],["investeringsbudget","",[20],[]]],"p":[["ingar",[21,2],[]],["insatser",[22],[21,1,1,1,1,1]]]});
// sok/index/tjo.js
insynSearch("tjo",{"w":[["jobbtorg","",[25],[6,15,1,1,1,2]]],"p":[]});
// sok/index/tk1.js
insynSearch("tk1",{"w":[["k1","",[5],[]]],"p":[]});
// sok/index/tko.js
insynSearch("tko",{"w":[["kommande","komm",[20],[]],["kompetensförsörjning","",[],[6]],["kompetenshöjande","kompetenshöj",[7],[]]],"p":[]});
// sok/index/tkr.js
insynSearch("tkr",{"w":[["kr","",[],[6,15,1,1,1,1,1]]],"p":[]});
// sok/index/tkv.js
insynSearch("tkv",{"w":[["kvinnor","kvinn",[0,11],[17]]],"p":[]});
// sok/index/tly.js
insynSearch("tly",{"w":[["lyft","",[25],[]]],"p":[]});
// sok/index/tm_00e4.js
insynSearch("tm_00e4",{"w":[["män","",[0,11],[17]],["människor","människ",[1,9],[]]],"p":[]});
// sok/index/tm_00e5.js
insynSearch("tm_00e5",{"w":[["målet","",[],[10]],["målvärde","målvärd",[],[12,1]]],"p":[]});
// sok/index/tma.js
insynSearch("tma",{"w":[["maskiner","maskin",[],[20]]],"p":[]});
// sok/index/tme.js
insynSearch("tme",{"w":[["med","",[],[11]],["mer","",[],[16]]],"p":[]});
// sok/index/tmi.js
insynSearch("tmi",{"w":[["miljoner","miljon",[],[6]]],"p":[]});
// sok/index/tmn.js
insynSearch("tmn",{"w":[["mnkr","",[18,2],[]]],"p":[]});
// sok/index/tn_00e4.js
insynSearch("tn_00e4",{"w":[["nämnden","nämnd",[],[6]]],"p":[]});
// sok/index/tn_00e5.js
insynSearch("tn_00e5",{"w":[["något","",[8],[]],["nås","",[],[10]]],"p":[]});
// sok/index/toc.js
insynSearch("toc",{"w":[["och","",[0,4,7,9,5],[]]],"p":[]});
// sok/index/tpe.js
insynSearch("tpe",{"w":[["per","",[],[19]]],"p":[]});
// sok/index/tpl.js
insynSearch("tpl",{"w":[["plan","",[],[20]]],"p":[["planen",[],[4]]]});
// sok/index/tpr.js
insynSearch("tpr",{"w":[["prioriteringslista","prioriteringslist",[],[2,1,2]],["prognos","progno",[20],[]],["projekt","projek",[],[6]],["projektägare","projektäg",[],[6]]],"p":[]});
// sok/index/tra.js
insynSearch("tra",{"w":[["rad","",[21],[]],["ramavtal","",[23],[]]],"p":[]});
// sok/index/tre.js
insynSearch("tre",{"w":[["resultat","result",[],[11,7]],["resultatenheter","resultaten",[19],[]],["resultatenheterna","resultaten",[],[19]]],"p":[]});
// sok/index/tri.js
insynSearch("tri",{"w":[["riskanalys","riskanaly",[4],[]]],"p":[]});
// sok/index/tsc.js
insynSearch("tsc",{"w":[["script","",[21],[]]],"p":[]});
// sok/index/tse.js
insynSearch("tse",{"w":[["september","septemb",[],[6]]],"p":[]});
// sok/index/tsj.js
insynSearch("tsj",{"w":[["självförsörjande","självförsörj",[1,9],[]]],"p":[]});
// sok/index/tso.js
insynSearch("tso",{"w":[["som","",[],[4]]],"p":[]});
// sok/index/tsp.js
insynSearch("tsp",{"w":[["spången","spång",[6],[]]],"p":[]});
// sok/index/tst.js
insynSearch("tst",{"w":[["st","",[],[13]],["staben","stab",[],[7]],["stickprov","",[],[5]],["stjärna","stjärn",[],[4]],["stockholm","",[],[6,15,1,1,1,1,1]],["studerande","studer",[2],[]],["studerar","studer",[0,11],[]]],"p":[]});
// sok/index/tsu.js
insynSearch("tsu",{"w":[["summa","summ",[],[18]]],"p":[]});
// sok/index/tsy.js
insynSearch("tsy",{"w":[["systemet","",[3],[]],["syv","",[25],[]]],"p":[]});
// sok/index/tte.js
insynSearch("tte",{"w":[["test","",[9],[]],["text","",[],[14,2]]],"p":[]});
// sok/index/ttj.js
insynSearch("ttj",{"w":[["tjänst","",[],[21,1,1,1,2]],["tjänster","tjänst",[],[21,1,1,1,1,1]]],"p":[]});
// sok/index/tto.js
insynSearch("tto",{"w":[["totalt","",[],[17]]],"p":[]});
// sok/index/tun.js
insynSearch("tun",{"w":[["ungdomsinsatser","ungdomsinsats",[22],[]]],"p":[]});
// sok/index/tup.js
insynSearch("tup",{"w":[["uppfylls","uppfyll",[],[10,1]],["uppföljning","",[5],[]]],"p":[]});
// sok/index/tut.js
insynSearch("tut",{"w":[["utfall","",[18],[12,1]],["utveckla","utveckl",[],[7]]],"p":[]});
// sok/index/tv_00e4.js
insynSearch("tv_00e4",{"w":[["väsentlighets","väsentlighet",[4],[]]],"p":[]});
// sok/index/tva.js
insynSearch("tva",{"w":[["vara","var",[],[25]]],"p":[]});
// sok/index/tvb.js
insynSearch("tvb",{"w":[["vb","",[],[12,1]]],"p":[]});
// sok/index/tve.js
insynSearch("tve",{"w":[["verksamhetsområde","verksamhetsområd",[],[19]]],"p":[]});
// sok/index/tvp.js
insynSearch("tvp",{"w":[["vp","",[],[20]]],"p":[]});
// sok/index/tvu.js
insynSearch("tvu",{"w":[["vuxna","vuxn",[24],[]]],"p":[]});
// sok/index/tx_003d.js
insynSearch("tx_003d",{"w":[["x","",[],[18]]],"p":[]});
// sok/index/ty_003d.js
insynSearch("ty_003d",{"w":[["y","",[],[18]]],"p":[]});
// sok/index/tyr.js
insynSearch("tyr",{"w":[["yrkesutbildningar","yrkesutbildning",[23],[]]],"p":[]});
