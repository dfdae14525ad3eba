insynSearch("tdu",{"w":[["dua","",[],[185]]],"p":[]});
