insynSearch("tbp",{"w":[["bpm","",[],[246]]],"p":[]});
