insynSearch("tsc",{"w":[["schartaus","",[],[175]],["schemamässiga","schemamäss",[],[223]],["scope","scop",[177],[]]],"p":[]});
