insynSearch("tab",{"w":[["abonnemang","",[105],[]]],"p":[]});
