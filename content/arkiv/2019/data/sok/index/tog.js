insynSearch("tog",{"w":[["ogiltigt","ogilt",[100],[]]],"p":[]});
