insynSearch("taf",{"w":[["af","",[],[185]],["affärsförståelse","affärsförstå",[],[176]]],"p":[]});
