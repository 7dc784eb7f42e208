'use strict';
while (true) {}
