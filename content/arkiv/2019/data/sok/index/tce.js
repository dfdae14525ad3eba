insynSearch("tce",{"w":[["central","",[66,83,75],[217]],["centrala","central",[108],[24,202]],["centrum","",[],[221,16]]],"p":[["centrum",[],[221]]]});
