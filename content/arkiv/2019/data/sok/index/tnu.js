insynSearch("tnu",{"w":[["nu","",[],[226]],["nulägesanalys","nulägesanaly",[],[217]],["nuvarande","nuvar",[211],[223,3,20]]],"p":[]});
