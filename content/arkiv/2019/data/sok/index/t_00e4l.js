insynSearch("t_00e4l",{"w":[["äldre","äldr",[],[225]]],"p":[["äldraledighetslag",[],[23]],["äldraskap",[],[226]]]});
