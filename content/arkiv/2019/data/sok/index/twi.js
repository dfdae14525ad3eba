insynSearch("twi",{"w":[["wiklander","wikland",[],[76,73]]],"p":[]});
