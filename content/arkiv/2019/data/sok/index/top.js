insynSearch("top",{"w":[["operativa","operativ",[211],[226]]],"p":[]});
