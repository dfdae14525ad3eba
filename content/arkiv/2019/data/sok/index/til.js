insynSearch("til",{"w":[["ils","",[],[16,5]]],"p":[]});
