insynSearch("tev",{"w":[["ev","",[],[238,2]],["evenemang","",[],[35]],["eventuell","",[],[182]],["eventuella","eventuell",[],[19,2]],["eventuellt","",[140],[228]]],"p":[]});
