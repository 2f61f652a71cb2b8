/** The app's button: a native `<button>` (type "button" unless told) in one of three weights. */
import './ui.css';
import type { ComponentPropsWithRef } from 'react';

export type ButtonProps = ComponentPropsWithRef<'button'> & {
  readonly variant?: 'primary' | 'secondary' | 'quiet';
};

export const Button = ({ variant = 'secondary', className, type, ...rest }: ButtonProps) => (
  <button
    type={type === 'submit' || type === 'reset' ? type : 'button'}
    className={`button button-${variant}${className === undefined ? '' : ` ${className}`}`}
    {...rest}
  />
);
