insynSearch("tnp",{"w":[["npf","",[],[179]]],"p":[]});
