insynSearch("tok",{"w":[["oktober","oktob",[],[174,2,14,1,34]],["okänt","",[],[232,1,3,1,1]]],"p":[]});
