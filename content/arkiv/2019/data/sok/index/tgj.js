insynSearch("tgj",{"w":[["gjordes","gjord",[],[222]],["gjort","",[],[220,2]],["gjorts","gjort",[],[225]]],"p":[["gjord",[],[218]]]});
