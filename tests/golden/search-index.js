// sok/index/meta.js
insynSearch("meta",{"version":1,"chunk":16,"count":8,"fold":{"A":"a","B":"b","C":"c","D":"d","E":"e","F":"f","G":"g","H":"h","I":"i","J":"j","K":"k","L":"l","M":"m","N":"n","O":"o","P":"p","Q":"q","R":"r","S":"s","T":"t","U":"u","V":"v","W":"w","X":"x","Y":"y","Z":"z","À":"a","Á":"a","Â":"a","Ã":"a","Ä":"ä","Å":"å","Æ":"ä","Ç":"c","È":"e","É":"e","Ê":"e","Ë":"e","Ì":"i","Í":"i","Î":"i","Ï":"i","Ð":"d","Ñ":"n","Ò":"o","Ó":"o","Ô":"o","Õ":"o","Ö":"ö","Ø":"ö","Ù":"u","Ú":"u","Û":"u","Ü":"u","Ý":"y","Þ":"þ","à":"a","á":"a","â":"a","ã":"a","æ":"ä","ç":"c","è":"e","é":"e","ê":"e","ë":"e","ì":"i","í":"i","î":"i","ï":"i","ð":"d","ñ":"n","ò":"o","ó":"o","ô":"o","õ":"o","ø":"ö","ù":"u","ú":"u","û":"u","ü":"u","ý":"y","ÿ":"y","Ā":"a","ā":"a","Ă":"a","ă":"a","Ą":"a","ą":"a","Ć":"c","ć":"c","Ĉ":"c","ĉ":"c","Ċ":"c","ċ":"c","Č":"c","č":"c","Ď":"d","ď":"d","Đ":"d","đ":"d","Ē":"e","ē":"e","Ĕ":"e","ĕ":"e","Ė":"e","ė":"e","Ę":"e","ę":"e","Ě":"e","ě":"e","Ĝ":"g","ĝ":"g","Ğ":"g","ğ":"g","Ġ":"g","ġ":"g","Ģ":"g","ģ":"g","Ĥ":"h","ĥ":"h","Ħ":"h","ħ":"h","Ĩ":"i","ĩ":"i","Ī":"i","ī":"i","Ĭ":"i","ĭ":"i","Į":"i","į":"i","İ":"i","ı":"i","Ĳ":"ij","ĳ":"ij","Ĵ":"j","ĵ":"j","Ķ":"k","ķ":"k","ĸ":"k","Ĺ":"l","ĺ":"l","Ļ":"l","ļ":"l","Ľ":"l","ľ":"l","Ŀ":"l","ŀ":"l","Ł":"l","ł":"l","Ń":"n","ń":"n","Ņ":"n","ņ":"n","Ň":"n","ň":"n","ŉ":"n","Ŋ":"n","ŋ":"n","Ō":"o","ō":"o","Ŏ":"o","ŏ":"o","Ő":"o","ő":"o","Œ":"oe","œ":"oe","Ŕ":"r","ŕ":"r","Ŗ":"r","ŗ":"r","Ř":"r","ř":"r","Ś":"s","ś":"s","Ŝ":"s","ŝ":"s","Ş":"s","ş":"s","Š":"s","š":"s","Ţ":"t","ţ":"t","Ť":"t","ť":"t","Ŧ":"t","ŧ":"t","Ũ":"u","ũ":"u","Ū":"u","ū":"u","Ŭ":"u","ŭ":"u","Ů":"u","ů":"u","Ű":"u","ű":"u","Ų":"u","ų":"u","Ŵ":"w","ŵ":"w","Ŷ":"y","ŷ":"y","Ÿ":"y","Ź":"z","ź":"z","Ż":"z","ż":"z","Ž":"z","ž":"z","ſ":"s"},"groups":[["Testnämnden",2019,"Testplan 2019","goal",0,1],["Testnämnden",2019,"Väsentlighets- och riskanalys","goal",1,1],["Testnämnden",2019,"Väsentlighets- och riskanalys","risk",2,2],["Testnämnden",2019,"Väsentlighets- och riskanalys","section",4,1],["Testnämnden",2019,"Internkontrollplan","control",5,1],["Testnämnden",2019,"Projektbilaga","project",6,1],["Testnämnden",2019,"Kompetensförsörjningsplan","activity",7,1]],"shards":["1.","20","30","al","an","ar","av","be","bo","de","dr","el","en","es","fe","fi","ha","hr","in","jo","k1","ko","kr","kv","mi","mä","nä","oc","pr","ri","se","sj","so","sp","st","sy","up","ut","vä","är","äv"],"sizes":[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1],"exact":["1","2","i"]});
// sok/index/r0.js
insynSearch("r0",[["org/2019/index.html","","1.1.1","Kvinnor och män studerar eller arbetar",""],["org/2019/vor/index.html","mal-1-1","1.1","Människor är självförsörjande",""],["org/2019/vor/index.html","risk-1","1","Fel studerande antas","Antagning. Antagning enligt prioriteringslista. Anna Andersson"],["org/2019/vor/index.html","risk-2","2","Driftstopp i systemet","Antagning. Antagning enligt prioriteringslista. Anna Andersson"],["org/2019/vor/index.html","","","Väsentlighets- och riskanalys","Alla som har en stjärna ★ finns även i internkontrollplanen."],["org/2019/kontrollplan/index.html","kontroll-K1","K1","Uppföljning av antagningsstatistik","Antagning. Antagning enligt prioriteringslista. Stickprov. Bo Berg"],["org/2019/projekt/index.html","projekt-spangen","","Spången","Kompetensförsörjning.. Jobbtorg Stockholm. ESF finansierade projekt, nämnden är projektägare. september 2018- december 2021. 30,7 miljoner kr"],["org/2019/kompetens/index.html","aktivitet-1","","Kompetenshöjande insatser","Utveckla. HR-staben"]]);
// sok/index/t1_002e.js
insynSearch("t1_002e",{"w":[["1.1","",[1],[]],["1.1.1","",[0],[]]],"p":[]});
// sok/index/t1_003d.js
insynSearch("t1_003d",{"w":[["1","",[2],[]]],"p":[]});
// sok/index/t20.js
insynSearch("t20",{"w":[["2018","",[],[6]],["2021","",[],[6]]],"p":[]});
// sok/index/t2_003d.js
insynSearch("t2_003d",{"w":[["2","",[3],[]]],"p":[]});
// sok/index/t30.js
insynSearch("t30",{"w":[["30,7","",[],[6]]],"p":[]});
// sok/index/t_00e4r.js
insynSearch("t_00e4r",{"w":[["är","",[1],[6]]],"p":[]});
// sok/index/t_00e4v.js
insynSearch("t_00e4v",{"w":[["även","",[],[4]]],"p":[]});
// sok/index/tal.js
insynSearch("tal",{"w":[["alla","all",[],[4]]],"p":[]});
// sok/index/tan.js
insynSearch("tan",{"w":[["andersson","",[],[2,1]],["anna","ann",[],[2,1]],["antagning","",[],[2,1,2]],["antagningsstatistik","",[5],[]],["antas","ant",[2],[]]],"p":[]});
// sok/index/tar.js
insynSearch("tar",{"w":[["arbetar","arbet",[0],[]]],"p":[]});
// sok/index/tav.js
insynSearch("tav",{"w":[["av","",[5],[]]],"p":[]});
// sok/index/tbe.js
insynSearch("tbe",{"w":[["berg","",[],[5]]],"p":[]});
// sok/index/tbo.js
insynSearch("tbo",{"w":[["bo","",[],[5]]],"p":[]});
// sok/index/tde.js
insynSearch("tde",{"w":[["december","decemb",[],[6]]],"p":[]});
// sok/index/tdr.js
insynSearch("tdr",{"w":[["driftstopp","",[3],[]]],"p":[]});
// sok/index/tel.js
insynSearch("tel",{"w":[["eller","ell",[0],[]]],"p":[]});
// sok/index/ten.js
insynSearch("ten",{"w":[["en","",[],[4]],["enligt","enl",[],[2,1,2]]],"p":[]});
// sok/index/tes.js
insynSearch("tes",{"w":[["esf","",[],[6]]],"p":[]});
// sok/index/tfe.js
insynSearch("tfe",{"w":[["fel","",[2],[]]],"p":[]});
// sok/index/tfi.js
insynSearch("tfi",{"w":[["finansierade","finansier",[],[6]],["finns","finn",[],[4]]],"p":[]});
// sok/index/tha.js
insynSearch("tha",{"w":[["har","",[],[4]]],"p":[]});
// sok/index/thr.js
insynSearch("thr",{"w":[["hr","",[],[7]]],"p":[]});
// sok/index/ti_003d.js
insynSearch("ti_003d",{"w":[["i","",[3],[4]]],"p":[]});
// sok/index/tin.js
insynSearch("tin",{"w":[["insatser","insats",[7],[]],["internkontrollplanen","internkontrollplan",[],[4]]],"p":[]});
// sok/index/tjo.js
insynSearch("tjo",{"w":[["jobbtorg","",[],[6]]],"p":[]});
// sok/index/tk1.js
insynSearch("tk1",{"w":[["k1","",[5],[]]],"p":[]});
// sok/index/tko.js
insynSearch("tko",{"w":[["kompetensförsörjning","",[],[6]],["kompetenshöjande","kompetenshöj",[7],[]]],"p":[]});
// sok/index/tkr.js
insynSearch("tkr",{"w":[["kr","",[],[6]]],"p":[]});
// sok/index/tkv.js
insynSearch("tkv",{"w":[["kvinnor","kvinn",[0],[]]],"p":[]});
// sok/index/tm_00e4.js
insynSearch("tm_00e4",{"w":[["män","",[0],[]],["människor","människ",[1],[]]],"p":[]});
// sok/index/tmi.js
insynSearch("tmi",{"w":[["miljoner","miljon",[],[6]]],"p":[]});
// sok/index/tn_00e4.js
insynSearch("tn_00e4",{"w":[["nämnden","nämnd",[],[6]]],"p":[]});
// sok/index/toc.js
insynSearch("toc",{"w":[["och","",[0,4],[]]],"p":[]});
// sok/index/tpr.js
insynSearch("tpr",{"w":[["prioriteringslista","prioriteringslist",[],[2,1,2]],["projekt","projek",[],[6]],["projektägare","projektäg",[],[6]]],"p":[]});
// sok/index/tri.js
insynSearch("tri",{"w":[["riskanalys","riskanaly",[4],[]]],"p":[]});
// sok/index/tse.js
insynSearch("tse",{"w":[["september","septemb",[],[6]]],"p":[]});
// sok/index/tsj.js
insynSearch("tsj",{"w":[["självförsörjande","självförsörj",[1],[]]],"p":[]});
// sok/index/tso.js
insynSearch("tso",{"w":[["som","",[],[4]]],"p":[]});
// sok/index/tsp.js
insynSearch("tsp",{"w":[["spången","spång",[6],[]]],"p":[]});
// sok/index/tst.js
insynSearch("tst",{"w":[["staben","stab",[],[7]],["stickprov","",[],[5]],["stjärna","stjärn",[],[4]],["stockholm","",[],[6]],["studerande","studer",[2],[]],["studerar","studer",[0],[]]],"p":[]});
// sok/index/tsy.js
insynSearch("tsy",{"w":[["systemet","",[3],[]]],"p":[]});
// sok/index/tup.js
insynSearch("tup",{"w":[["uppföljning","",[5],[]]],"p":[]});
// sok/index/tut.js
insynSearch("tut",{"w":[["utveckla","utveckl",[],[7]]],"p":[]});
// sok/index/tv_00e4.js
insynSearch("tv_00e4",{"w":[["väsentlighets","väsentlighet",[4],[]]],"p":[]});
