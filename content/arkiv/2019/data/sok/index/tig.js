insynSearch("tig",{"w":[["igitaliseringsprojekt","igitaliseringsprojek",[],[245]]],"p":[]});
