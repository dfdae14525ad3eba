insynSearch("tgo",{"w":[["god","",[],[9,2,1,1,203,10]],["goda","god",[],[217,6,3]],["godkända","godkänd",[1],[194,2]]],"p":[]});
