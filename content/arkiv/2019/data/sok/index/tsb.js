insynSearch("tsb",{"w":[["sba","",[76],[149]]],"p":[]});
