// React 19 and ReactDOM alone: the floor every page stands on.
import { createRoot } from 'react-dom/client';

createRoot(document.body).render(<p>Hearth</p>);
