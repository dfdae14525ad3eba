insynSearch("t_00f6n",{"w":[["önskemål","",[],[217]],["önskvärd","",[106],[]]],"p":[]});
