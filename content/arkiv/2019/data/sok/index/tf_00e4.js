insynSearch("tf_00e4",{"w":[["färdiga","färd",[],[18]],["färdigheter","färd",[],[176]]],"p":[["färdad",[50],[]]]});
