insynSearch("toh",{"w":[["ohälsa","ohäls",[136],[178,6]]],"p":[]});
