insynSearch("tov",{"w":[["ovan","",[],[238]]],"p":[]});
