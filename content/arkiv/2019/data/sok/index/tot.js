insynSearch("tot",{"w":[["otillräcklig","otillräck",[],[8,13]],["otydliga","otyd",[],[220]]],"p":[]});
