insynSearch("tja",{"w":[["januari","",[],[168,1,4,4,12]]],"p":[]});
