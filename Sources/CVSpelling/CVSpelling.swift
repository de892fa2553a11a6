import CVCore
