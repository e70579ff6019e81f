/** The check-out rating: for the ended session's page. */
export { CheckoutRating } from './components/CheckoutRating';
