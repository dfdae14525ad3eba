insynSearch("tna",{"w":[["nationella","nationell",[146,1],[23,3]],["nationellt","",[],[167]]],"p":[["nationell",[],[39,132,4]],["nationella",[],[175]],["nationellt",[39],[173]]]});
