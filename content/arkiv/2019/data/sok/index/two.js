insynSearch("two",{"w":[["work","",[175],[]],["workshops","workshop",[],[216]]],"p":[]});
