insynSearch("tb_00e4",{"w":[["bättre","bättr",[174],[]]],"p":[]});
