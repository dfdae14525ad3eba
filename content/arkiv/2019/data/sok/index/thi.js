insynSearch("thi",{"w":[["hinner","hinn",[],[190]],["hinns","hinn",[106],[]],["hitta","hitt",[],[177,49]]],"p":[]});
