insynSearch("tly",{"w":[["lyckas","lyck",[58],[]],["lyfta","lyft",[],[216]]],"p":[]});
