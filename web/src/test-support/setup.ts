import { configure } from '@testing-library/react';

// Component tests wait for lazy chunks (the JSON editor, the undo snackbar): on a loaded 2-core machine one
// took longer than testing-library's default of 1 s to appear, and a findBy… failed although nothing was wrong.
configure({ asyncUtilTimeout: 5000 });
