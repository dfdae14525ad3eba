insynSearch("tco",{"w":[["coacha","coach",[],[218]]],"p":[["coach",[202],[217,2]],["coacher",[],[217,2]]]});
