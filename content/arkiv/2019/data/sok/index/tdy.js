insynSearch("tdy",{"w":[["dygnsschablon","",[],[64]],["dynamiskt","dynamisk",[],[226]]],"p":[]});
