insynSearch("tfs",{"w":[["fsh","",[],[175]]],"p":[]});
