insynSearch("tgi",{"w":[["gisladdottir","",[],[128,5,1,1,1,1,1,1,1,1,2,17]]],"p":[]});
