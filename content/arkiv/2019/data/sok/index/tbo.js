insynSearch("tbo",{"w":[["bo","",[41],[]],["bokförda","bokförd",[153,1],[]],["bokslut","",[],[224]],["bolagsstyrelsen","bolagsstyr",[],[245]],["bort","",[140,1],[]]],"p":[]});
