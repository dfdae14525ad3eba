insynSearch("t_00e5l",{"w":[["ålder","åld",[],[222]],["åldern","åld",[],[218]],["åligger","åligg",[],[224]]],"p":[["åldern",[],[225]]]});
