insynSearch("tpd",{"w":[["pdf","",[],[227]]],"p":[]});
