insynSearch("thv",{"w":[["hve","",[175],[]]],"p":[]});
