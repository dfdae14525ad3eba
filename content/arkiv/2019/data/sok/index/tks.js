insynSearch("tks",{"w":[["ks","",[25],[29,6,2]]],"p":[]});
