insynSearch("to_00f6",{"w":[["oönskad","oönsk",[],[17]],["oönskade","oönsk",[],[4,13,127]]],"p":[]});
